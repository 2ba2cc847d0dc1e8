package loa.harness.voicebrowser.vxml;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** WAV files for tests: silence of a given length, and the nominal length of any WAV, read from its header. */
final class Wavs {
    private static final int RATE = 8000;
    /** The A-law code of a zero sample. */
    private static final byte ALAW_SILENCE = (byte) 0xD5;
    private static final short WAVE_FORMAT_ALAW = 6;

    private Wavs() {
    }

    /** 8 kHz mono A-law silence, as loa's prompts are encoded. */
    static byte[] alaw(Duration length) {
        int samples = (int) (length.toMillis() * RATE / 1000);
        ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + samples).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16).putShort(WAVE_FORMAT_ALAW).putShort((short) 1).putInt(RATE).putInt(RATE)
                .putShort((short) 1).putShort((short) 8);
        wav.put(ascii("data")).putInt(samples);
        byte[] data = new byte[samples];
        Arrays.fill(data, ALAW_SILENCE);
        return wav.put(data).array();
    }

    /** The data chunk's size over the fmt chunk's byte rate; other chunks (fact, LIST) skipped. */
    static Duration length(byte[] wav) {
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = 0;
        for (int at = 12; at + 8 <= wav.length; ) {
            String id = new String(wav, at, 4, StandardCharsets.US_ASCII);
            int size = buffer.getInt(at + 4);
            if (id.equals("fmt ")) byteRate = buffer.getInt(at + 8 + 8);
            if (id.equals("data")) return Duration.ofMillis(size * 1000L / byteRate);
            at += 8 + size + (size & 1);
        }
        throw new IllegalArgumentException("no data chunk in the WAV file");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
