package loa.vxml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.validation.Schema;
import loa.campaign.DialogProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a dialog over HTTP the way a voice browser starts it: GETs the entry document
 * (HTTP/1.1, redirects followed, VoiceXML first in Accept), validates it against the W3C
 * VoiceXML 2.1 schema, and fetches every prompt it plays from a fixed address
 * ({@code <audio src>}; an {@code expr} is only known during a call). A prompt is asked for with
 * HEAD, as loa's /prompts/ answers it, and with GET from a server that does not.
 * Thread-safe; a check blocks its caller for up to a request time-out per fetch, one fetch at a time.
 */
public final class HttpDialogProbe implements DialogProbe {
    static final String DIALOG_ACCEPT = "application/voicexml+xml, text/xml;q=0.9, */*;q=0.5";
    static final String AUDIO_ACCEPT = "audio/*, */*;q=0.5";
    private static final Logger log = LoggerFactory.getLogger(HttpDialogProbe.class);

    /** How long to wait for a connection, and for each answer after it. */
    public record Config(Duration connectTimeout, Duration requestTimeout) {
        public static final Config DEFAULTS = new Config(Duration.ofSeconds(5), Duration.ofSeconds(10));

        public Config {
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(requestTimeout, "requestTimeout");
        }

        private static void requirePositive(Duration duration, String field) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(field + " must be a positive duration, not " + duration);
            }
        }
    }

    private final Config config;
    private final HttpClient http;
    private final Schema schema = VoiceXmlCheck.schema();

    public HttpDialogProbe(Config config) {
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Logs the dialog's path only: its query carries the call's token. */
    @Override
    public Optional<String> problemWith(String dialogUrl) {
        try {
            check(dialogUrl);
            log.debug("Dialog {} is fine", pathOf(dialogUrl));
            return Optional.empty();
        } catch (ProbeProblem problem) {
            return found(dialogUrl, problem.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return found(dialogUrl, "the dialog check was interrupted");
        } catch (RuntimeException e) {
            return found(dialogUrl, "the dialog check failed: " + ProbeProblem.oneLine(e));
        }
    }

    private Optional<String> found(String dialogUrl, String problem) {
        log.warn("Dialog {}: {}", pathOf(dialogUrl), problem);
        return Optional.of(problem);
    }

    private void check(String dialogUrl) throws ProbeProblem, InterruptedException {
        HttpResponse<byte[]> entry = send(request(address(dialogUrl), DIALOG_ACCEPT).GET(), BodyHandlers.ofByteArray(), "entry dialog");
        if (!isOk(entry)) throw new ProbeProblem("entry dialog: " + ProbeProblem.status(entry.statusCode()));
        for (String src : VoiceXmlCheck.audioSources(entry.body(), schema)) checkPrompt(entry.uri(), src);
    }

    private void checkPrompt(URI document, String src) throws ProbeProblem, InterruptedException {
        String what = "prompt " + nameOf(src);
        URI uri = resolve(document, src, what);
        HttpResponse<Void> head = send(request(uri, AUDIO_ACCEPT).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                BodyHandlers.discarding(), what);
        if (head.statusCode() == 405 || head.statusCode() == 501) {
            checkPromptByGet(uri, what);
            return;
        }
        if (!isOk(head)) throw new ProbeProblem(what + ": " + ProbeProblem.status(head.statusCode()));
        OptionalLong length = head.headers().firstValueAsLong("Content-Length");
        if (length.isEmpty()) checkPromptByGet(uri, what);
        else if (length.getAsLong() == 0) throw new ProbeProblem(what + ": empty");
    }

    private void checkPromptByGet(URI uri, String what) throws ProbeProblem, InterruptedException {
        HttpResponse<InputStream> response = send(request(uri, AUDIO_ACCEPT).GET(), BodyHandlers.ofInputStream(), what);
        try (InputStream body = response.body()) {
            if (!isOk(response)) throw new ProbeProblem(what + ": " + ProbeProblem.status(response.statusCode()));
            if (body.read() < 0) throw new ProbeProblem(what + ": empty");
        } catch (IOException e) {
            throw new ProbeProblem(what + ": " + FetchFailure.describe(uri, e, config));
        }
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, BodyHandler<T> body, String what)
            throws ProbeProblem, InterruptedException {
        HttpRequest built = request.build();
        try {
            return http.send(built, body);
        } catch (IOException e) {
            throw new ProbeProblem(what + ": " + FetchFailure.describe(built.uri(), e, config));
        }
    }

    private HttpRequest.Builder request(URI uri, String accept) {
        return HttpRequest.newBuilder(uri).timeout(config.requestTimeout()).header("Accept", accept);
    }

    private static boolean isOk(HttpResponse<?> response) {
        return response.statusCode() / 100 == 2;
    }

    private static URI address(String dialogUrl) throws ProbeProblem {
        return httpOnly(parse(dialogUrl, "entry dialog"), "entry dialog");
    }

    private static URI resolve(URI document, String src, String what) throws ProbeProblem {
        return httpOnly(document.resolve(parse(src.strip(), what)), what);
    }

    /** The reason and index only: the message would repeat the address, and with it a call's token. */
    private static URI parse(String address, String what) throws ProbeProblem {
        if (address == null) throw new ProbeProblem(what + ": no address");
        try {
            return new URI(address);
        } catch (URISyntaxException e) {
            throw new ProbeProblem(what + ": not a valid address (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }

    private static URI httpOnly(URI uri, String what) throws ProbeProblem {
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null) throw new ProbeProblem(what + ": not an http(s) address");
        return uri;
    }

    /** The last segment of the address's path, which names the prompt's file. */
    static String nameOf(String src) {
        String path = src.strip().replaceAll("[?#].*", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? path : name;
    }

    private static String pathOf(String dialogUrl) {
        if (dialogUrl == null) return "(no address)";
        try {
            String path = new URI(dialogUrl).getRawPath();
            return path == null ? "(no path)" : path;
        } catch (URISyntaxException e) {
            return "(not a valid address)";
        }
    }
}
