package loa.harness.subscribers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one call to a subscriber was, as the subscriber saw it: a snapshot, for tests to assert
 * (e.g. that the caller really heard the announcement) and for the demo to show.
 *
 * @param attempt        1 for the first call to this number, 2 for the next, …
 * @param offerInInvite  whether the INVITE carried SDP (false: RFC 3725 flow I, offer in the 200)
 * @param status         the final status sent to the INVITE (200, 486, 487, …), 0 before it
 * @param answeredAt     when the 200 OK went out, or null
 * @param endedAt        when the call ended, or null while it goes on
 */
public record CallRecord(String callId, String number, int attempt, String behaviour, boolean offerInInvite,
                         SubscriberOutcome outcome, int status, Instant invitedAt, Instant answeredAt, Instant endedAt,
                         long rtpPacketsReceived, Duration audioReceived, long rtpPacketsSent, List<Character> digitsSent,
                         HungUpBy hungUpBy) {

    /** Who ended an answered call with BYE. */
    public enum HungUpBy {
        NOBODY, CALLER, SUBSCRIBER
    }

    public CallRecord {
        digitsSent = List.copyOf(digitsSent);
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    /** The keys pressed, as a string: "1", "", "12#". */
    public String keysPressed() {
        StringBuilder keys = new StringBuilder();
        digitsSent.forEach(keys::append);
        return keys.toString();
    }
}
