package loa.harness.voicebrowser;

import java.net.URI;
import java.util.Map;

/** Runs one call's VoiceXML dialog: the voice browser's interpreter, or a stand-in in tests. */
@FunctionalInterface
public interface DialogRunner {

    /**
     * Fetches the dialog at {@code dialog} and runs it on {@code media} until it exits, disconnects
     * or the caller hangs up, writing what happened to {@code log}. {@code session} holds the
     * VoiceXML session variables, flattened ({@code connection.protocol.sip.callid} → value).
     * Runs on the call's own thread; returns when the dialog is over (it never throws for a
     * broken dialog: that is logged and the call ended).
     */
    void run(URI dialog, Map<String, String> session, CallMedia media, CallLog log);
}
