package loa.campaign;

import java.util.Locale;

/** How one call attempt ended, as far as the call itself goes (the dialog's answer is separate). */
public enum CallOutcome {
    /** The subscriber picked up and the dialog ran. */
    ANSWERED,
    /** It rang until the ring time-out and was cancelled. */
    NO_ANSWER,
    BUSY,
    /** Switched off, out of coverage, temporarily unavailable. */
    UNREACHABLE,
    /** The number does not exist; never retried by the campaign rules of CAMPAIGN.md. */
    INVALID_NUMBER,
    /** The network refused this call to this subscriber (barred, unwanted): not retried by CAMPAIGN.md's rules. */
    REJECTED,
    /** The network or the voice browser failed the call. */
    FAILED,
    /** The launcher holding the attempt died; the attempt still counts. */
    LOST;

    /** The spelling campaign files and reports use: {@code no-answer}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CallOutcome byLabel(String label) {
        for (CallOutcome outcome : values()) {
            if (outcome.label().equals(label)) return outcome;
        }
        return null;
    }
}
