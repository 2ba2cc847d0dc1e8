package loa.sip;

import java.nio.charset.StandardCharsets;

/** The one SDP the launcher writes itself; every other body it relays untouched (RFC 3725 §4.1). */
final class SdpAnswer {
    private SdpAnswer() {
    }

    /**
     * An answer refusing every stream of {@code offer} (RFC 3264 §6: the same m-lines, port 0), for
     * the ACK of a subscriber's 200 when the voice browser gave no answer to relay: an offer in a
     * 2xx must be answered in the ACK even when the call is hung up next (RFC 3261 §13.2.2.4).
     * Null when {@code offer} is empty: there is nothing to answer.
     */
    static byte[] refusing(byte[] offer) {
        if (offer == null || offer.length == 0) return null;
        StringBuilder answer = new StringBuilder("v=0\r\no=loa 0 0 IN IP4 0.0.0.0\r\ns=-\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\n");
        for (String line : new String(offer, StandardCharsets.US_ASCII).split("\r?\n")) {
            String[] fields = line.trim().split(" +");
            if (line.startsWith("m=") && fields.length >= 4) {
                fields[1] = "0"; // m=<media> <port> <proto> <fmt>…
                answer.append(String.join(" ", fields)).append("\r\n");
            }
        }
        return answer.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
