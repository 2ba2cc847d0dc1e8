package loa.campaign;

import java.time.Duration;
import java.util.Objects;

/**
 * One call to place.
 *
 * @param callId      the attempt's id, the one that travels everywhere (SIP header, dialog URL, logs)
 * @param number      whom to call
 * @param callerId    the campaign's caller ID, shown to the subscriber
 * @param dialogUrl   the dialog the answered call is joined to
 * @param ringTimeout how long it may ring before it is cancelled (NO_ANSWER)
 * @param maxDuration how long an answered call may last before it is hung up
 */
public record CallRequest(String callId, PhoneNumber number, String callerId, String dialogUrl, Duration ringTimeout,
                          Duration maxDuration) {
    public CallRequest {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(callerId, "callerId");
        Objects.requireNonNull(dialogUrl, "dialogUrl");
        if (ringTimeout.isNegative() || ringTimeout.isZero()) throw new IllegalArgumentException("ring timeout: " + ringTimeout);
        if (maxDuration.isNegative() || maxDuration.isZero()) throw new IllegalArgumentException("max duration: " + maxDuration);
    }
}
