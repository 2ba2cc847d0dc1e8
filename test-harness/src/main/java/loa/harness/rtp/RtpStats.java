package loa.harness.rtp;

import java.time.Duration;
import java.util.List;

/** What one RTP session has sent and received so far: a snapshot. */
public record RtpStats(long packetsSent, List<Character> digitsSent, Received received) {

    /** The receiving side: all packets, the G.711 ones and the audio they carried, and the keys pressed. */
    public record Received(long packets, long audioPackets, Duration audio, List<Character> digits) {
    }

    public long packetsReceived() {
        return received.packets();
    }

    public Duration audioReceived() {
        return received.audio();
    }

    public List<Character> digitsReceived() {
        return received.digits();
    }
}
