package loa.harness.rtp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Walks the chunks of a RIFF/WAVE file for its "fmt " and "data" chunks; the others are skipped. */
final class WavChunks {
    private static final int SAMPLE_RATE = 8000;

    private Wav.Encoding encoding;
    private byte[] data;

    private WavChunks() {
    }

    static WavChunks read(ByteBuffer in) {
        if (in.remaining() < 12 || !"RIFF".equals(tag(in)) || in.getInt() < 0 || !"WAVE".equals(tag(in))) {
            throw new IllegalArgumentException("not a RIFF/WAVE file");
        }
        WavChunks chunks = new WavChunks();
        while (in.remaining() >= 8 && chunks.data == null) {
            chunks.chunk(tag(in), in.getInt(), in);
        }
        if (chunks.encoding == null || chunks.data == null) {
            throw new IllegalArgumentException("WAV without a fmt chunk before its data chunk");
        }
        return chunks;
    }

    Wav.Encoding encoding() {
        return encoding;
    }

    byte[] data() {
        return data;
    }

    private void chunk(String tag, int size, ByteBuffer in) {
        int length = Math.min(size, in.remaining());
        ByteBuffer body = in.slice(in.position(), length).order(in.order());
        in.position(in.position() + length + (length % 2 == 1 && in.remaining() > length ? 1 : 0));
        if ("fmt ".equals(tag)) {
            format(body);
        } else if ("data".equals(tag) && encoding != null) {
            data = new byte[length];
            body.get(data);
        }
    }

    private void format(ByteBuffer fmt) {
        int formatTag = fmt.getShort() & 0xFFFF;
        int channels = fmt.getShort();
        int rate = fmt.getInt();
        fmt.getInt();
        fmt.getShort();
        int bits = fmt.getShort();
        if (channels != 1 || rate != SAMPLE_RATE) {
            throw new IllegalArgumentException("WAV is " + channels + " channel(s) at " + rate + " Hz, not 8 kHz mono");
        }
        encoding = Wav.Encoding.of(formatTag, bits);
    }

    private static String tag(ByteBuffer in) {
        byte[] tag = new byte[4];
        in.get(tag);
        return new String(tag, StandardCharsets.US_ASCII);
    }
}
