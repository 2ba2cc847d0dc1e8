package loa.vxml;

/** A dialog request loa will not serve: the HTTP status to answer with, and why (for the log). */
final class DialogRefusal extends Exception {
    private final int status;

    DialogRefusal(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
