package loa.harness.voicebrowser.vxml;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** VoiceXML documents and prompt audio served over real HTTP by WireMock, on 127.0.0.1 and a free port. */
final class DocumentServer implements AutoCloseable {
    static final String VOICEXML = "application/voicexml+xml;charset=UTF-8";

    private final WireMockServer wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    DocumentServer() {
        wireMock.start();
    }

    /** {@code inside} wrapped in a VoiceXML 2.1 root element. */
    static String vxml(String inside) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vxml version=\"2.1\" xmlns=\"http://www.w3.org/2001/vxml\">"
                + inside + "</vxml>";
    }

    /** Serves {@code inside} as a VoiceXML document at {@code path}, to GET and POST alike. */
    DocumentServer serves(String path, String inside) {
        return answers(path, 200, VOICEXML, vxml(inside).getBytes(StandardCharsets.UTF_8));
    }

    DocumentServer servesWav(String path, byte[] wav) {
        return answers(path, 200, "audio/wav", wav);
    }

    DocumentServer answers(String path, int status, String contentType, byte[] body) {
        wireMock.stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));
        return this;
    }

    URI uri(String path) {
        return URI.create(wireMock.baseUrl() + path);
    }

    WireMockServer wireMock() {
        return wireMock;
    }

    void reset() {
        wireMock.resetAll();
    }

    @Override
    public void close() {
        wireMock.stop();
    }
}
