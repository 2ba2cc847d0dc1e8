package loa.harness.rtp;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * RFC 3264 offer/answer for one {@link RtpSession}: its offer, its answer to a peer's offer, or
 * the peer's answer taken; answering and taking an answer connect the session to the peer.
 */
public final class OfferAnswer {
    private OfferAnswer() {
    }

    /** The session's offer (PCMA, PCMU, telephone-event) for a 200 OK when the INVITE had none. */
    public static String offer(RtpSession session) {
        InetSocketAddress local = session.localAddress();
        return Sdp.offer(local.getAddress().getHostAddress(), local.getPort()).toString();
    }

    /** Answers the peer's offer and connects; empty when the offer is not SDP or has no G.711 (then 488). */
    public static Optional<String> answer(RtpSession session, String offer) {
        try {
            Sdp remote = Sdp.parse(offer);
            InetSocketAddress local = session.localAddress();
            Optional<Sdp> answer = remote.answer(local.getAddress().getHostAddress(), local.getPort());
            answer.ifPresent(a -> connect(session, remote, a.negotiate().orElseThrow()));
            return answer.map(Sdp::toString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Takes the peer's answer (to this session's offer) and connects; false when it is missing or unusable. */
    public static boolean accept(RtpSession session, Optional<String> answer) {
        try {
            Optional<Sdp> remote = answer.map(Sdp::parse);
            Optional<MediaFormat> format = remote.flatMap(Sdp::negotiate);
            format.ifPresent(f -> connect(session, remote.get(), f));
            return format.isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void connect(RtpSession session, Sdp remote, MediaFormat format) {
        session.connect(new InetSocketAddress(remote.address(), remote.port()), format);
    }
}
