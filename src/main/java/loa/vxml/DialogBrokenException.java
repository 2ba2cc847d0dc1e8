package loa.vxml;

/** A campaign's dialog cannot be rendered: a template or prompt file is missing or wrong. */
final class DialogBrokenException extends Exception {
    DialogBrokenException(String campaignId, String reason) {
        super("the dialog of campaign " + campaignId + " is broken: " + reason);
    }
}
