package loa.campaign;

import java.util.Objects;

/**
 * One SMS to send: its id (the one that travels in logs and records), the subscriber, the
 * campaign's alphanumeric sender and its text.
 */
public record SmsRequest(String smsId, PhoneNumber to, String sender, String text) {
    public SmsRequest {
        Objects.requireNonNull(smsId, "smsId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
    }
}
