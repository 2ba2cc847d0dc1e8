package loa.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

/** A copy of the prompts folder whose every WAV is replaced by A-law silence of one short length, for fast dialogs. */
final class ShortPrompts {
    private static final int RATE = 8000;
    private static final int ALAW = 6;
    private static final byte ALAW_SILENCE = (byte) 0xD5;

    private ShortPrompts() {
    }

    static Path copyOf(Path prompts, Path copy, Duration length) throws IOException {
        try (Stream<Path> files = Files.walk(prompts)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(prompts.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else if (file.toString().endsWith(".wav")) Files.write(target, silence(length));
                else Files.copy(file, target);
            }
        }
        return copy;
    }

    /** An 8 kHz mono A-law WAV file (RIFF, fmt chunk of 16 bytes, data). */
    static byte[] silence(Duration length) {
        int samples = (int) (length.toMillis() * RATE / 1000);
        ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) ALAW).putShort((short) 1).putInt(RATE).putInt(RATE)
                .putShort((short) 1).putShort((short) 8);
        wav.put("data".getBytes()).putInt(samples);
        byte[] data = new byte[samples];
        Arrays.fill(data, ALAW_SILENCE);
        return wav.put(data).array();
    }
}
