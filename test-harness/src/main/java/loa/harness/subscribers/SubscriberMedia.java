package loa.harness.subscribers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import loa.harness.rtp.MediaFormat;
import loa.harness.rtp.RtpEngine;
import loa.harness.rtp.RtpSession;
import loa.harness.rtp.RtpStats;
import loa.harness.rtp.Sdp;
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
        InetSocketAddress local = session.localAddress();
        return Sdp.offer(local.getAddress().getHostAddress(), local.getPort()).toString();
    }

    /** Answers the INVITE's offer and starts sending; empty when the offer has no G.711 or is not SDP. */
    Optional<String> answer(String offer) {
        try {
            Sdp remote = Sdp.parse(offer);
            InetSocketAddress local = session.localAddress();
            Optional<Sdp> answer = remote.answer(local.getAddress().getHostAddress(), local.getPort());
            answer.ifPresent(a -> connect(remote, a.negotiate().orElseThrow()));
            return answer.map(Sdp::toString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Takes the answer from the ACK and starts sending; false when it is unusable. */
    boolean accept(Optional<String> answer) {
        try {
            Optional<Sdp> remote = answer.map(Sdp::parse);
            Optional<MediaFormat> format = remote.flatMap(Sdp::negotiate);
            format.ifPresent(f -> connect(remote.get(), f));
            return format.isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
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

    private void connect(Sdp remote, MediaFormat format) {
        session.connect(new InetSocketAddress(remote.address(), remote.port()), format);
        session.sendSilenceWhenIdle(true);
    }
}
