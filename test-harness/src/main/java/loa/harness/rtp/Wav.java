package loa.harness.rtp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An 8 kHz mono WAV file (RIFF/WAVE) in one of the encodings telephony prompts come in: A-law,
 * mu-law or 16-bit linear PCM. {@link #frames} cuts it into 20 ms payloads of the call's codec.
 */
public final class Wav {

    /** The WAVE format tags loa plays (RFC 2361 appendix A). */
    public enum Encoding {
        PCM_16(1), ALAW(6), MULAW(7);

        private final int formatTag;

        Encoding(int formatTag) {
            this.formatTag = formatTag;
        }

        static Encoding of(int formatTag, int bitsPerSample) {
            for (Encoding e : values()) {
                if (e.formatTag == formatTag && bitsPerSample == (e == PCM_16 ? 16 : 8)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("WAV: format " + formatTag + " with " + bitsPerSample
                    + " bits a sample is not A-law, mu-law or 16-bit PCM");
        }
    }

    private final Encoding encoding;
    private final byte[] data;

    private Wav(Encoding encoding, byte[] data) {
        this.encoding = encoding;
        this.data = data;
    }

    /** Reads a whole WAV file; throws {@link IllegalArgumentException} when it is not one loa can play. */
    public static Wav read(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        WavChunks chunks = WavChunks.read(in);
        return new Wav(chunks.encoding(), chunks.data());
    }

    public Encoding encoding() {
        return encoding;
    }

    public int samples() {
        return encoding == Encoding.PCM_16 ? data.length / 2 : data.length;
    }

    public Duration duration() {
        return Duration.ofNanos(samples() * 1_000_000_000L / G711.CLOCK_RATE);
    }

    /** The audio as 20 ms payloads of {@code codec}; the last one is filled up with silence. */
    public List<byte[]> frames(G711 codec) {
        byte[] coded = encodedAs(codec);
        List<byte[]> frames = new ArrayList<>();
        for (int at = 0; at < coded.length; at += G711.SAMPLES_PER_FRAME) {
            byte[] frame = codec.silenceFrame();
            System.arraycopy(coded, at, frame, 0, Math.min(G711.SAMPLES_PER_FRAME, coded.length - at));
            frames.add(frame);
        }
        return frames;
    }

    private byte[] encodedAs(G711 codec) {
        return switch (encoding) {
            case ALAW -> codec.transcode(data, G711.PCMA);
            case MULAW -> codec.transcode(data, G711.PCMU);
            case PCM_16 -> encodeLinear(codec);
        };
    }

    private byte[] encodeLinear(G711 codec) {
        ByteBuffer samples = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        byte[] out = new byte[samples()];
        for (int i = 0; i < out.length; i++) {
            out[i] = codec.encode(samples.getShort());
        }
        return out;
    }

    @Override
    public String toString() {
        return "WAV[" + encoding + ", " + duration().toMillis() + " ms]";
    }

    /** Frames of silence lasting {@code duration}, rounded up to whole 20 ms frames. */
    public static List<byte[]> silence(G711 codec, Duration duration) {
        int count = (int) ((duration.toMillis() + 19) / 20);
        byte[][] frames = new byte[count][];
        Arrays.setAll(frames, i -> codec.silenceFrame());
        return List.of(frames);
    }
}
