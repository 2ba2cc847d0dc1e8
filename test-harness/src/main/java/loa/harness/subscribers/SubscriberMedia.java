package loa.harness.subscribers;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import loa.harness.rtp.OfferAnswer;
import loa.harness.rtp.RtpEngine;
import loa.harness.rtp.RtpSession;
import loa.harness.rtp.RtpStats;
import loa.harness.sip.ServerCall;
import loa.harness.subscribers.Behaviour.Moment;

/**
 * A subscriber's side of one call's media: its SDP offer or answer, silence sent back while the
 * call lasts, key presses as RFC 4733 events, and what it heard.
 */
final class SubscriberMedia {
    /** How long a key is held. */
    static final Duration KEY_PRESS = Duration.ofMillis(100);

    private final RtpSession session;
    private volatile RtpStats last;

    private SubscriberMedia(RtpSession session) {
        this.session = session;
    }

    static SubscriberMedia open(RtpEngine engine) throws IOException {
        return new SubscriberMedia(engine.open());
    }

    /** The offer for a 200 OK when the INVITE had none: PCMA, PCMU, telephone-event. */
    String offer() {
        return OfferAnswer.offer(session);
    }

    /** Answers the INVITE's offer and starts sending; empty when the offer has no G.711 or is not SDP. */
    Optional<String> answer(String offer) {
        Optional<String> answer = OfferAnswer.answer(session, offer);
        session.sendSilenceWhenIdle(answer.isPresent());
        return answer;
    }

    /** Takes the answer from the ACK and starts sending; false when it is unusable. */
    boolean accept(Optional<String> answer) {
        boolean accepted = OfferAnswer.accept(session, answer);
        session.sendSilenceWhenIdle(accepted);
        return accepted;
    }

    /** Runs {@code action} on the call's executor at {@code when}. */
    void at(Moment when, ServerCall call, Runnable action) {
        if (when.heard().isZero()) {
            call.schedule(when.delay(), action);
        } else {
            session.whenHeard(when.heard(), () -> call.schedule(when.delay(), action));
        }
    }

    void press(char key) {
        session.sendDigit(key, KEY_PRESS);
    }

    RtpStats stats() {
        RtpStats closed = last;
        return closed != null ? closed : session.stats();
    }

    void close() {
        last = session.stats();
        session.close();
    }
}
