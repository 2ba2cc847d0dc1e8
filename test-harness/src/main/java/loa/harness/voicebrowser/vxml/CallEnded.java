package loa.harness.voicebrowser.vxml;

/** The dialog is over: unwinds whatever the interpreter was doing, up to {@link VoiceXmlInterpreter#run}. */
final class CallEnded extends RuntimeException {
    private final Ending ending;

    CallEnded(Ending ending, String reason) {
        super(reason, null, false, false);
        this.ending = ending;
    }

    Ending ending() {
        return ending;
    }

    /** What the ENDED entry says: the ending, and for an error also why. */
    String detail() {
        return ending == Ending.ERROR ? ending.label() + " " + getMessage() : ending.label();
    }
}
