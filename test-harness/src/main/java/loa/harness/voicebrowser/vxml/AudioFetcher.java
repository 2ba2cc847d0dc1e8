package loa.harness.voicebrowser.vxml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prompt audio over HTTP, fetched once per call and URL (the cache lives in the {@link Call}).
 * Only WAV plays: a failed fetch, or anything that is not a RIFF/WAVE file, is empty, and the
 * prompt's fallback is spoken instead (VoiceXML 2.0 §4.1.3). Thread-safe.
 */
final class AudioFetcher {
    private static final Logger log = LoggerFactory.getLogger(AudioFetcher.class);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WAVE = "WAVE".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http;
    private final Duration timeout;

    AudioFetcher(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    Optional<byte[]> wav(Call call, URI src) {
        Optional<byte[]> cached = call.audioCache().get(src);
        if (cached != null) return cached;
        Optional<byte[]> fetched = fetch(src);
        call.audioCache().put(src, fetched);
        return fetched;
    }

    private Optional<byte[]> fetch(URI src) {
        try {
            HttpRequest request = HttpRequest.newBuilder(src).timeout(timeout).header("Accept", "audio/wav, audio/x-wav").build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) return unplayable(src, "HTTP " + response.statusCode());
            if (!isWav(response.body())) return unplayable(src, "not a WAV file");
            return Optional.of(response.body());
        } catch (IOException | IllegalArgumentException e) {
            return unplayable(src, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallEnded(Ending.ERROR, "interrupted while fetching " + src);
        }
    }

    private static Optional<byte[]> unplayable(URI src, String why) {
        log.warn("Audio {} cannot be played ({}): its fallback is spoken instead", src, why);
        return Optional.empty();
    }

    static boolean isWav(byte[] body) {
        return body.length >= 12 && Arrays.equals(body, 0, 4, RIFF, 0, 4) && Arrays.equals(body, 8, 12, WAVE, 0, 4);
    }
}
