package loa.harness.voicebrowser.vxml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import loa.harness.voicebrowser.CallLog.Kind;

/**
 * Fetches VoiceXML documents over HTTP: a GET, or a submit's form as a GET query or a POST body
 * (application/x-www-form-urlencoded). A non-2xx answer is error.badfetch.http.<status>
 * (VoiceXML 2.1 §5.2.6); no answer, or no VoiceXML in it, is error.badfetch. Thread-safe.
 */
final class Fetcher {
    private static final String ACCEPT = "application/voicexml+xml, application/xml;q=0.9, text/xml;q=0.8";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient http;
    private final Duration timeout;

    Fetcher(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    VxmlDocument get(Call call, URI uri) {
        return fetch(call, request(uri).GET().build());
    }

    /** Sends {@code form} (already encoded) and fetches the document the server answers with. */
    VxmlDocument submit(Call call, URI uri, SubmitMethod method, String form) {
        call.log().add(Kind.SUBMITTED, uri + " " + form);
        if (method == SubmitMethod.POST) {
            return fetch(call, request(uri).header("Content-Type", FORM).POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }
        return fetch(call, request(withQuery(uri, form)).GET().build());
    }

    private VxmlDocument fetch(Call call, HttpRequest request) {
        call.documentFetched();
        HttpResponse<byte[]> response = send(call, request);
        call.log().add(Kind.FETCHED, request.uri() + " " + response.statusCode());
        if (response.statusCode() / 100 != 2) {
            throw new VxmlEvent(VxmlEvent.BADFETCH + ".http." + response.statusCode(),
                    request.method() + " " + request.uri() + " answered " + response.statusCode());
        }
        return VxmlDocument.parse(response.uri(), response.body());
    }

    private HttpResponse<byte[]> send(Call call, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            call.log().add(Kind.FETCHED, request.uri() + " no answer");
            throw new VxmlEvent(VxmlEvent.BADFETCH, request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallEnded(Ending.ERROR, "interrupted while fetching " + request.uri());
        }
    }

    private HttpRequest.Builder request(URI uri) {
        try {
            return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", ACCEPT);
        } catch (IllegalArgumentException e) {
            throw new VxmlEvent(VxmlEvent.BADFETCH, "cannot fetch " + uri + ": " + e.getMessage());
        }
    }

    private static URI withQuery(URI uri, String form) {
        if (form.isEmpty()) return uri;
        return URI.create(uri + (uri.getRawQuery() == null ? "?" : "&") + form);
    }
}
