package loa.harness.smsc;

/**
 * The final state a delivery receipt reports: its {@code stat:} word (SMPP 3.4 Appendix B) and
 * the matching message_state TLV value (§5.2.28). The err: codes are the simulator's own, as
 * every SMSC's are.
 */
public enum ReceiptState {
    DELIVRD(2, "000"),
    EXPIRED(3, "001"),
    UNDELIV(5, "002"),
    REJECTD(8, "003");

    private final int messageState;
    private final String error;

    ReceiptState(int messageState, String error) {
        this.messageState = messageState;
        this.error = error;
    }

    /** The message_state TLV value. */
    public int messageState() {
        return messageState;
    }

    /** The three-digit err: field. */
    public String error() {
        return error;
    }

    /** Whether a receipt asked for "on failure only" (registered_delivery 2) is sent. */
    public boolean isFailure() {
        return this != DELIVRD;
    }
}
