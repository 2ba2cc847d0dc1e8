package loa.harness.rtp;

/**
 * One key press being sent as an RFC 4733 event (§2.5.1): the first packet carries the marker
 * bit, each 20 ms tick sends an update with the duration so far, all under the event's start
 * timestamp; then the end packet (E bit) goes out {@link TelephoneEvent#END_REPEATS} times with
 * the final duration (§2.5.1.4), each with its own sequence number.
 */
final class DigitEvent {
    /** RFC 4733 §2.3.4: the power level, as -dBm0. */
    private static final int VOLUME = 10;

    private final char digit;
    private final int event;
    private final int updates;
    private long timestamp;
    private int sent;

    DigitEvent(char digit, int durationInSamples) {
        this.digit = digit;
        this.event = TelephoneEvent.eventOf(digit);
        this.updates = Math.max(1, (durationInSamples + G711.SAMPLES_PER_FRAME - 1) / G711.SAMPLES_PER_FRAME);
    }

    char digit() {
        return digit;
    }

    boolean isFinished() {
        return sent == updates + TelephoneEvent.END_REPEATS;
    }

    /** The packet for this tick; {@code now} is the media clock's timestamp at this tick. */
    RtpPacket next(long now, int payloadType, int sequence, long ssrc) {
        if (sent == 0) {
            timestamp = now;
        }
        boolean end = sent >= updates;
        int duration = G711.SAMPLES_PER_FRAME * (end ? updates : sent + 1);
        sent++;
        byte[] payload = new TelephoneEvent(event, end, VOLUME, duration).toBytes();
        return new RtpPacket(sent == 1, payloadType, sequence, timestamp, ssrc, payload);
    }
}
