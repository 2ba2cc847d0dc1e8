package loa.harness.voicebrowser;

/** The caller hung up: the interpreter throws {@code connection.disconnect.hangup} into the dialog. */
public final class HangUpException extends Exception {
    public HangUpException() {
        super("the caller hung up", null, false, false);
    }
}
