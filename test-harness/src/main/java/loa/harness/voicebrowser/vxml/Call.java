package loa.harness.voicebrowser.vxml;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import loa.harness.voicebrowser.CallLog;
import loa.harness.voicebrowser.CallMedia;
import org.mozilla.javascript.Scriptable;

/**
 * Everything one call's dialog has: its media and log, its scripts, the prompt queue, the audio
 * already fetched, the document it is in, whether anyone is still on the line, and the counts
 * that stop a dialog that never ends. The interpreter's classes keep no state of their own.
 * The call's own thread only.
 */
final class Call {
    private final CallMedia media;
    private final CallLog log;
    private final Scripts scripts;
    private final InterpreterLimits limits;
    private final List<QueuedPrompt> queue = new ArrayList<>();
    private final Map<URI, Optional<byte[]>> audio = new HashMap<>();
    private VxmlDocument document;
    private Scriptable documentScope;
    private int steps;
    private int documents;
    private Ending disconnectedBy;

    Call(CallMedia media, CallLog log, Scripts scripts, InterpreterLimits limits) {
        this.media = media;
        this.log = log;
        this.scripts = scripts;
        this.limits = limits;
    }

    CallMedia media() {
        return media;
    }

    CallLog log() {
        return log;
    }

    Scripts scripts() {
        return scripts;
    }

    /** The audio fetched so far in this call, by URL; empty for what could not be played. */
    Map<URI, Optional<byte[]>> audioCache() {
        return audio;
    }

    void queue(QueuedPrompt prompt) {
        queue.add(prompt);
    }

    /** The queued prompts, leaving the queue empty. */
    List<QueuedPrompt> takeQueue() {
        List<QueuedPrompt> taken = List.copyOf(queue);
        queue.clear();
        return taken;
    }

    void enter(VxmlDocument entered, Scriptable scope) {
        document = entered;
        documentScope = scope;
    }

    VxmlDocument document() {
        return document;
    }

    Scriptable documentScope() {
        return documentScope;
    }

    /** One more element executed or item visited; too many means the dialog loops. */
    void step() {
        if (++steps > limits.maxSteps()) throw end(Ending.ERROR, "more than " + limits.maxSteps() + " steps: the dialog loops");
    }

    void documentFetched() {
        if (++documents > limits.maxDocuments()) {
            throw end(Ending.ERROR, "more than " + limits.maxDocuments() + " documents: the dialog loops");
        }
    }

    /** The caller hung up: the event to throw into the dialog (VoiceXML 2.0 §5.2.6). */
    VxmlEvent callerHungUp() {
        if (disconnectedBy == null) disconnectedBy = Ending.HANGUP;
        return new VxmlEvent(VxmlEvent.HANGUP, "the caller hung up");
    }

    /** The dialog hangs up (§5.3.11); it is then told so with the same event as a caller's hang-up. */
    VxmlEvent disconnect() {
        media.disconnect();
        if (disconnectedBy == null) disconnectedBy = Ending.DISCONNECT;
        return new VxmlEvent(VxmlEvent.HANGUP, "the dialog disconnected");
    }

    /** False once either side hung up: prompts are then dropped and nobody can give input. */
    boolean connected() {
        return disconnectedBy == null;
    }

    /** Ends the call; once someone hung up, that is how it ended, unless it ends in error. */
    CallEnded end(Ending requested, String reason) {
        boolean disconnected = disconnectedBy != null && requested != Ending.ERROR;
        return new CallEnded(disconnected ? disconnectedBy : requested, reason);
    }
}
