package loa.campaign;

import java.util.Optional;

/**
 * Tries a campaign's dialog the way a voice browser would, before people are called into it.
 * Implementations are named after their technology (loa.vxml.HttpDialogProbe).
 */
public interface DialogProbe {

    /**
     * Fetches the dialog at {@code dialogUrl} and everything it needs to start (its prompts),
     * and checks it; empty when a voice browser could run it, else the reason it could not, in
     * one line an operator can act on ("announcement.wav: 404", "main.vxml:12: element ...").
     * Never throws for a broken dialog or an unreachable server.
     */
    Optional<String> problemWith(String dialogUrl);
}
