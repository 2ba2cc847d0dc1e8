package loa.harness.sip;

/**
 * The SIP status codes the harness sends, with their RFC 3261 §21 names: one list, so what each
 * simulator answers is decided in one place.
 */
public enum SipStatus {
    RINGING(180),                       // RFC 3261 §21.1.2
    OK(200),                            // RFC 3261 §21.2.1
    BAD_REQUEST(400),                   // RFC 3261 §21.4.1
    NOT_FOUND(404),                     // RFC 3261 §21.4.5
    METHOD_NOT_ALLOWED(405),            // RFC 3261 §21.4.6
    TEMPORARILY_UNAVAILABLE(480),       // RFC 3261 §21.4.18
    CALL_DOES_NOT_EXIST(481),           // RFC 3261 §21.4.19
    BUSY_HERE(486),                     // RFC 3261 §21.4.24
    REQUEST_TERMINATED(487),            // RFC 3261 §21.4.25
    NOT_ACCEPTABLE_HERE(488),           // RFC 3261 §21.4.26
    SERVER_INTERNAL_ERROR(500),         // RFC 3261 §21.5.1
    SERVICE_UNAVAILABLE(503),           // RFC 3261 §21.5.4
    DECLINE(603);                       // RFC 3261 §21.6.2

    private final int code;

    SipStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** A final response that refuses a call: 3xx to 6xx (RFC 3261 §21). */
    public static boolean isRejection(int code) {
        return code >= 300 && code <= 699;
    }
}
