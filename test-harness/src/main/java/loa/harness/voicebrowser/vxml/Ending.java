package loa.harness.voicebrowser.vxml;

import java.util.Locale;

/** How a call's dialog ended, spelt as the ENDED entries of the call log say it. */
enum Ending {
    /** An {@code <exit>}, or a form with nothing left to visit (VoiceXML 2.0 §5.3.9, Appendix C). */
    EXIT,
    /** A {@code <disconnect>}: the voice browser hung up (§5.3.11). */
    DISCONNECT,
    /** The caller hung up: {@code connection.disconnect.hangup} (§5.2.6). */
    HANGUP,
    /** An unhandled error event, a limit reached, or a fault of the interpreter itself. */
    ERROR;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
