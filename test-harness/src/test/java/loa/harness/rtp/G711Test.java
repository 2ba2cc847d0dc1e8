package loa.harness.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** Checked against the JDK's own G.711 converters (javax.sound.sampled), an independent implementation. */
class G711Test {
    private static final AudioFormat LINEAR = new AudioFormat(8000, 16, 1, true, false);

    @Test
    void silenceIsTheCodeOfZero() {
        assertThat(G711.PCMA.silence()).isEqualTo((byte) 0xD5);
        assertThat(G711.PCMU.silence()).isEqualTo((byte) 0xFF);
        assertThat(G711.PCMA.silenceFrame()).hasSize(160);
    }

    @Test
    void decodesEveryOctetAsTheJdkDoes() throws IOException {
        for (G711 codec : G711.values()) {
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++) {
                all[i] = (byte) i;
            }
            ByteBuffer jdk = ByteBuffer.wrap(convert(all, format(codec), LINEAR)).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < 256; i++) {
                assertThat(codec.decode(all[i])).as("%s octet %02x", codec, i).isEqualTo(jdk.getShort());
            }
        }
    }

    /**
     * g711.c (which loa follows) and the JDK round differently on the few negative samples just
     * past a decision level: there they pick neighbouring codes; everywhere else they agree. (The
     * JDK's mu-law encoder wraps around beyond ±32635, where it stops being a reference.)
     */
    @Test
    void encodesEverySampleAsTheJdkDoesBarNegativeDecisionLevels() throws IOException {
        ByteBuffer samples = ByteBuffer.allocate(2 * 65536).order(ByteOrder.LITTLE_ENDIAN);
        for (int s = Short.MIN_VALUE; s <= Short.MAX_VALUE; s++) {
            samples.putShort((short) s);
        }
        for (G711 codec : G711.values()) {
            byte[] jdk = convert(samples.array(), LINEAR, format(codec));
            int differ = 0;
            for (int i = 0; i < 65536; i++) {
                short sample = (short) (i + Short.MIN_VALUE);
                byte mine = codec.encode(sample);
                if (mine != jdk[i] && (codec == G711.PCMA || Math.abs(sample) <= 32635)) {
                    differ++;
                    assertThat(sample).as("%s sample %d", codec, sample).isNegative();
                    assertThat(Math.abs(codec.decode(mine) - codec.decode(jdk[i]))).isLessThanOrEqualTo(1024);
                }
            }
            assertThat(differ).as("%s samples coded differently from the JDK", codec).isLessThan(65536 / 50);
        }
    }

    @Test
    void transcodesAlawToMulaw() {
        byte[] alaw = {G711.PCMA.encode((short) 1000), G711.PCMA.silence()};

        byte[] ulaw = G711.PCMU.transcode(alaw, G711.PCMA);

        assertThat(G711.PCMU.decode(ulaw[0])).isBetween((short) 950, (short) 1050);
        assertThat(G711.PCMU.decode(ulaw[1])).isBetween((short) -16, (short) 16);
    }

    @Test
    void knowsItsPayloadTypesAndRtpmapNames() {
        assertThat(G711.ofPayloadType(8)).isEqualTo(G711.PCMA);
        assertThat(G711.ofPayloadType(0)).isEqualTo(G711.PCMU);
        assertThat(G711.ofPayloadType(18)).isNull();
        assertThat(G711.ofRtpmap("pcmu/8000")).isEqualTo(G711.PCMU);
    }

    private static AudioFormat format(G711 codec) {
        return new AudioFormat(codec == G711.PCMA ? AudioFormat.Encoding.ALAW : AudioFormat.Encoding.ULAW, 8000, 8, 1, 1, 8000, false);
    }

    private static byte[] convert(byte[] data, AudioFormat from, AudioFormat to) throws IOException {
        AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(data), from, data.length / from.getFrameSize());
        return AudioSystem.getAudioInputStream(to, in).readAllBytes();
    }
}
