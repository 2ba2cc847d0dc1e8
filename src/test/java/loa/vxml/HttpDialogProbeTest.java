package loa.vxml;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import loa.campaign.CallRecords;
import loa.campaign.Campaign;
import loa.campaign.DialogLinks;
import loa.campaign.PhoneNumber;
import loa.config.CampaignFile;
import loa.store.RedisCallRecords;
import loa.store.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe against the real dialog web app (a real Redis behind it), and against servers that misbehave. */
class HttpDialogProbeTest {
    static final PhoneNumber TESTER = PhoneNumber.parse("0901234567");
    static final String DIALOG_PATH = "/vxml/bluezone";

    @TempDir
    static Path data;
    static TestRedis redis;

    @TempDir
    Path dir;
    Path vxml;
    Path prompts;
    DialogServer server;
    String dialogUrl;
    final WireMockServer other = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    final HttpDialogProbe probe = new HttpDialogProbe(HttpDialogProbe.Config.DEFAULTS);

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(data);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void startServers() throws Exception {
        vxml = DialogServerTest.copy(Path.of("vxml"), dir.resolve("vxml"));
        prompts = DialogServerTest.copy(Path.of("prompts"), dir.resolve("prompts"));
        Campaign campaign = CampaignFile.load(Path.of("campaigns/bluezone.yaml"));
        CallRecords calls = new RedisCallRecords(redis.client(), Clock.systemUTC());
        DialogLinks links = new DialogLinks("a test secret of enough bytes".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        server = new DialogServer(new DialogServer.Config("127.0.0.1", 0, vxml, prompts, Duration.ofSeconds(10)),
                List.of(campaign), calls, links, Clock.systemUTC());
        server.start();
        String call = calls.registerTest("bluezone", TESTER, Duration.ofMinutes(5));
        dialogUrl = links.entryUrl("http://127.0.0.1:" + server.port(), "bluezone", call, TESTER, Duration.ofMinutes(5));
        other.start();
    }

    @AfterEach
    void stopServers() {
        server.stop();
        other.stop();
    }

    @Test
    void theBluezoneDialogAsShippedIsFine() {
        assertThat(probe.problemWith(dialogUrl)).isEmpty();
    }

    @Test
    void aTemplateTheSchemaRejectsIsReportedWithTheLineOfTheServedDocument() throws Exception {
        edit(vxml.resolve("bluezone/main.vxml"), "<block>", "<block>\n      <beep/>");
        String problem = awaitProblem();
        int line = lineOf(fetch(dialogUrl), "<beep/>");
        assertThat(problem).startsWith("entry dialog line " + line + ": ").contains("element '{beep}'").doesNotContain("\n");
    }

    @Test
    void aDeletedPromptIsNamed() throws Exception {
        Path jingle = prompts.resolve("bluezone/jingle.wav");
        Files.copy(prompts.resolve("bluezone/thanks.wav"), jingle);
        edit(vxml.resolve("bluezone/main.vxml"), "<block>", "<block>\n      <audio src=\"../prompts/bluezone/jingle.wav\"/>");
        DialogServerTest.awaitTrue(() -> fetch(dialogUrl).contains("jingle.wav"), Duration.ofSeconds(10));
        assertThat(probe.problemWith(dialogUrl)).isEmpty();
        Files.delete(jingle);
        assertThat(probe.problemWith(dialogUrl)).contains("prompt jingle.wav: HTTP 404 Not Found");
    }

    @Test
    void anEmptyPromptIsNamed() throws Exception {
        Files.write(prompts.resolve("bluezone/instruction.wav"), new byte[0]);
        assertThat(probe.problemWith(dialogUrl)).contains("prompt instruction.wav: empty");
    }

    /** The web app will not render a dialog with a prompt missing; it says which in its own log. */
    @Test
    void aCampaignsPromptDeletedLeavesNoEntryDialog() throws Exception {
        Files.delete(prompts.resolve("bluezone/instruction.wav"));
        assertThat(awaitProblem()).isEqualTo("entry dialog: HTTP 503 Service Unavailable");
    }

    @Test
    void aServerThatIsDownCannotBeConnectedTo() {
        int port = server.port();
        server.stop();
        assertThat(probe.problemWith(dialogUrl)).contains("entry dialog: cannot connect to http://127.0.0.1:" + port + " (Connection refused)");
    }

    @Test
    void aServerErrorIsReportedWithoutTheCallsToken() {
        other.stubFor(get(urlPathEqualTo(DIALOG_PATH)).willReturn(serverError()));
        assertThat(probe.problemWith(otherDialogUrl())).contains("entry dialog: HTTP 500 Internal Server Error");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsReported() {
        HttpDialogProbe impatient = new HttpDialogProbe(new HttpDialogProbe.Config(Duration.ofSeconds(5), Duration.ofMillis(300)));
        other.stubFor(get(urlPathEqualTo(DIALOG_PATH)).willReturn(aResponse().withFixedDelay(3_000).withBody(vxml(""))));
        assertThat(impatient.problemWith(otherDialogUrl()))
                .contains("entry dialog: no answer from http://127.0.0.1:" + other.port() + " within 300 ms");
    }

    @Test
    void aPromptServerWithoutHeadIsAskedWithGet() {
        other.stubFor(get(urlPathEqualTo(DIALOG_PATH)).willReturn(aResponse().withBody(vxml("<audio src=\"hello.wav\"/>"))));
        other.stubFor(head(urlPathEqualTo("/vxml/hello.wav")).willReturn(aResponse().withStatus(405)));
        other.stubFor(get(urlPathEqualTo("/vxml/hello.wav")).willReturn(aResponse().withBody(new byte[0])));
        assertThat(probe.problemWith(otherDialogUrl())).contains("prompt hello.wav: empty");
        other.stubFor(get(urlPathEqualTo("/vxml/hello.wav")).willReturn(aResponse().withBody(new byte[] {'R', 'I', 'F', 'F'})));
        assertThat(probe.problemWith(otherDialogUrl())).isEmpty();
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedUnread() {
        String withEntity = "<?xml version=\"1.0\"?>\n<!DOCTYPE vxml [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
                + "<vxml version=\"2.1\" xmlns=\"http://www.w3.org/2001/vxml\"><form><block>&secret;</block></form></vxml>";
        other.stubFor(get(urlPathEqualTo(DIALOG_PATH)).willReturn(aResponse().withBody(withEntity)));
        assertThat(probe.problemWith(otherDialogUrl()).orElseThrow()).startsWith("entry dialog line 2: ").contains("DOCTYPE");
    }

    @Test
    void anAddressThatIsNotAUrlIsAProblemNotAnException() {
        assertThat(probe.problemWith("http://127.0.0.1:1/vxml/bluezone?call=a b").orElseThrow())
                .isEqualTo("entry dialog: not a valid address (Illegal character in query at index 39)");
        assertThat(probe.problemWith("mailto:someone@example.com")).contains("entry dialog: not an http(s) address");
        assertThat(probe.problemWith(null)).contains("entry dialog: no address");
    }

    private String otherDialogUrl() {
        return "http://127.0.0.1:" + other.port() + DIALOG_PATH + dialogUrl.substring(dialogUrl.indexOf('?'));
    }

    private static String vxml(String block) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vxml version=\"2.1\" xmlns=\"http://www.w3.org/2001/vxml\">"
                + "<form><block>" + block + "</block></form></vxml>";
    }

    /** The web app renders again within half a second of an edit. */
    private String awaitProblem() throws InterruptedException {
        DialogServerTest.awaitTrue(() -> probe.problemWith(dialogUrl).isPresent(), Duration.ofSeconds(10));
        return probe.problemWith(dialogUrl).orElseThrow();
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    private static String fetch(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lineOf(String document, String text) {
        List<String> lines = document.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " is not in the document");
    }
}
