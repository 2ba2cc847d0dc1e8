package loa.harness.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class WavTest {

    @Test
    void cutsTheCampaignsAlawPromptIntoTwentyMillisecondFrames() throws IOException {
        Wav thanks = Wav.read(Files.readAllBytes(Path.of("prompts/bluezone/thanks.wav")));

        List<byte[]> frames = thanks.frames(G711.PCMA);

        assertThat(thanks.encoding()).isEqualTo(Wav.Encoding.ALAW);
        assertThat(thanks.duration()).isBetween(Duration.ofMillis(1790), Duration.ofMillis(1810));
        assertThat(frames).hasSize((14430 + 159) / 160).allSatisfy(f -> assertThat(f).hasSize(160));
    }

    @Test
    void readsLinearPcmWrittenByTheJdkAndEncodesItForEitherCodec() throws IOException {
        short[] samples = new short[400];
        samples[0] = 1000;
        byte[] wav = write(samples, new AudioFormat(8000, 16, 1, true, false));

        Wav read = Wav.read(wav);

        assertThat(read.encoding()).isEqualTo(Wav.Encoding.PCM_16);
        assertThat(read.frames(G711.PCMU)).hasSize(3);
        assertThat(read.frames(G711.PCMU).get(0)[0]).isEqualTo(G711.PCMU.encode((short) 1000));
        assertThat(read.frames(G711.PCMU).get(2)[100]).isEqualTo(G711.PCMU.silence());
    }

    @Test
    void readsMulawWrittenByTheJdk() throws IOException {
        AudioFormat mulaw = new AudioFormat(AudioFormat.Encoding.ULAW, 8000, 8, 1, 1, 8000, false);
        byte[] wav = write(new short[160], mulaw);

        assertThat(Wav.read(wav).encoding()).isEqualTo(Wav.Encoding.MULAW);
        assertThat(Wav.read(wav).frames(G711.PCMA).get(0)).containsOnly(G711.PCMA.silence());
    }

    @Test
    void refusesWhatATelephoneCannotPlay() throws IOException {
        byte[] stereo = write(new short[320], new AudioFormat(8000, 16, 2, true, false));

        assertThatThrownBy(() -> Wav.read(stereo)).hasMessageContaining("8 kHz mono");
        assertThatThrownBy(() -> Wav.read("not a wav".getBytes())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void silenceLastsWholeFrames() {
        assertThat(Wav.silence(G711.PCMU, Duration.ofMillis(1001))).hasSize(51);
    }

    private static byte[] write(short[] samples, AudioFormat format) throws IOException {
        AudioFormat linear = new AudioFormat(8000, 16, format.getChannels(), true, false);
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            pcm[2 * i] = (byte) samples[i];
            pcm[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), linear, pcm.length / linear.getFrameSize());
        AudioInputStream coded = format.matches(linear) ? in : AudioSystem.getAudioInputStream(format, in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(coded, AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }
}
