package loa.vxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import loa.campaign.Campaign;
import loa.campaign.CallRecords;
import loa.campaign.DialogLinks;
import loa.campaign.PhoneNumber;
import loa.config.CampaignFile;
import loa.store.RedisCallRecords;
import loa.store.RedisKeys;
import loa.store.SubscriberCodes;
import loa.store.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog web app over real HTTP, recording in a real Redis server. */
class DialogServerTest {
    static final String ANNOUNCEMENT_START = "Xin chào quý khách! Đây là cuộc gọi từ Bộ Thông tin truyền thông";
    static final PhoneNumber SUBSCRIBER = PhoneNumber.parse("0901234567");
    static final int PROVINCE = 3;

    @TempDir
    static Path data;
    static TestRedis redis;

    @TempDir
    Path dir;
    Path vxml;
    Path prompts;
    Campaign campaign;
    CallRecords calls;
    DialogLinks links;
    DialogServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(data);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void startServer() throws Exception {
        redis.client().flushAll();
        vxml = copy(Path.of("vxml"), dir.resolve("vxml"));
        prompts = copy(Path.of("prompts"), dir.resolve("prompts"));
        campaign = CampaignFile.load(Path.of("campaigns/bluezone.yaml"));
        calls = new RedisCallRecords(redis.client(), Clock.systemUTC());
        links = new DialogLinks("a test secret of enough bytes".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        server = start(campaign, calls);
        RedisKeys keys = new RedisKeys("bluezone");
        redis.client().hset(keys.bucket(RedisKeys.bucketOf(SUBSCRIBER.national())),
                Integer.toString(RedisKeys.fieldOf(SUBSCRIBER.national())).getBytes(),
                Integer.toString(SubscriberCodes.encode(SubscriberCodes.QUEUED, PROVINCE)).getBytes());
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void theEntryDialogIsValidVoiceXmlCarryingTheCallsOwnAnswerAddress() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        HttpResponse<String> response = get(entryUrl(call));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/voicexml+xml;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        VoiceXmlSchema.validate(response.body());
        assertThat(response.body()).contains("/vxml/bluezone/answer?call=" + call + "&amp;n=")
                .contains("<audio src=\"/prompts/bluezone/announcement.wav\">" + ANNOUNCEMENT_START)
                .contains("<noinput count=\"1\">").contains("<noinput count=\"2\">").doesNotContain("<noinput count=\"3\">")
                .contains("<property name=\"timeout\" value=\"5000ms\"/>")
                .doesNotContain("mode=\"voice\"").doesNotContain("th:").doesNotContain("Thymeleaf");
    }

    @Test
    void vietnameseTextIsSentAsUtf8ByteForByte() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        byte[] body = http.send(HttpRequest.newBuilder(URI.create(entryUrl(call))).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        String expected = Files.readString(prompts.resolve("bluezone/announcement.txt")).strip();
        assertThat(new String(body, StandardCharsets.UTF_8)).contains(expected.replace("\"", "&quot;"));
        assertThat(indexOf(body, "Đây là".getBytes(StandardCharsets.UTF_8))).isPositive();
    }

    @Test
    void pressingOneRecordsConsentAndThanksTheSubscriber() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        String entry = get(entryUrl(call)).body();
        HttpResponse<String> closing = answer(call, "event=filled&key=1&stage=announcement&vbsession=vb-42&elapsed=33150");
        assertThat(closing.statusCode()).isEqualTo(200);
        VoiceXmlSchema.validate(closing.body());
        assertThat(closing.body()).contains("/prompts/bluezone/thanks.wav").contains("<disconnect/>").doesNotContain("recorded.wav");
        Map<String, String> record = redis.client().hgetAll("loa:{bluezone}:call:" + call);
        assertThat(record).containsEntry("answer", "agreed").containsEntry("key", "1").containsEntry("vb-session", "vb-42")
                .containsEntry("stage", "announcement").containsEntry("dialog-version", versionOf(entry))
                .containsEntry("heard-ms", "33150").containsKey("answered-at");
        assertThat(subscriberCode()).isEqualTo(SubscriberCodes.encode(SubscriberCodes.AGREED, PROVINCE));
        var events = redis.client().xrange("loa:{bluezone}:events", (redis.clients.jedis.StreamEntryID) null, null);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getFields()).containsEntry("type", "answer").containsEntry("call", call)
                .containsEntry("answer", "agreed").containsEntry("msisdn", SUBSCRIBER.msisdn());
    }

    @Test
    void anyOtherKeyIsRecordedAsDeclined() throws Exception {
        assertAnswer("event=filled&key=2", "declined", "recorded.wav", SubscriberCodes.DECLINED);
    }

    @Test
    void silenceAfterEveryRepromptIsRecordedAsNoInput() throws Exception {
        assertAnswer("event=noinput&stage=reprompt-1", "no-input", "recorded.wav", SubscriberCodes.NO_INPUT);
    }

    @Test
    void inputTheGrammarDoesNotMatchIsRecordedAsDeclined() throws Exception {
        assertAnswer("event=nomatch", "declined", "recorded.wav", SubscriberCodes.DECLINED);
    }

    @Test
    void aHangUpIsRecordedWithHowFarTheDialogGot() throws Exception {
        String body = assertAnswer("event=hangup&stage=announcement", "hung-up", "<exit/>", SubscriberCodes.HUNG_UP);
        assertThat(body).doesNotContain("<audio");
    }

    @Test
    void aTestCallsAnswerStaysOnTheCall() throws Exception {
        String call = calls.registerTest("bluezone", SUBSCRIBER, Duration.ofMinutes(5));
        assertThat(answer(call, "event=filled&key=1").body()).contains("thanks.wav");
        assertThat(redis.client().hget("loa:{bluezone}:call:" + call, "answer")).isEqualTo("agreed");
        assertThat(redis.client().pttl("loa:{bluezone}:call:" + call)).isPositive();
        assertThat(subscriberCode()).isEqualTo(SubscriberCodes.encode(SubscriberCodes.QUEUED, PROVINCE));
        assertThat(redis.client().exists("loa:{bluezone}:events")).isFalse();
    }

    @Test
    void aRepeatedSubmitRecordsNothingTwice() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        get(entryUrl(call));
        answer(call, "event=filled&key=1");
        Map<String, String> first = redis.client().hgetAll("loa:{bluezone}:call:" + call);
        HttpResponse<String> again = answer(call, "event=filled&key=2");
        assertThat(again.body()).contains("thanks.wav");
        assertThat(redis.client().hgetAll("loa:{bluezone}:call:" + call)).isEqualTo(first);
        assertThat(redis.client().xlen("loa:{bluezone}:events")).isEqualTo(1);
    }

    @Test
    void theDesignersRepromptCountAndTimeoutShapeTheDialog() throws Exception {
        server.stop();
        Campaign twice = campaignWith("no-input-reprompts: 1", "no-input-reprompts: 2", "input-timeout: 5s", "input-timeout: 7s");
        server = start(twice, calls);
        String body = get(entryUrl(calls.register("bluezone", SUBSCRIBER, 1))).body();
        VoiceXmlSchema.validate(body);
        assertThat(body).contains("<noinput count=\"2\">\n        <assign name=\"stage\" expr=\"&apos;reprompt-2&apos;\"/>")
                .contains("<noinput count=\"3\">\n        <assign name=\"event\" expr=\"'noinput'\"/>")
                .contains("value=\"7000ms\"");
    }

    @Test
    void withSpeechOnTheFieldAlsoTakesASpokenYes() throws Exception {
        server.stop();
        server = start(campaignWith("speech: false", "speech: true"), calls);
        String body = get(entryUrl(calls.register("bluezone", SUBSCRIBER, 1))).body();
        VoiceXmlSchema.validate(body);
        assertThat(body).contains("mode=\"voice\"").contains("<item>đồng ý</item>").contains("<item>có</item>")
                .contains("<tag>out = '1';</tag>");
    }

    @Test
    void everyClosingAndTheErrorDocumentAreValidVoiceXml() throws Exception {
        for (String event : List.of("event=filled&key=1", "event=filled&key=9", "event=noinput", "event=hangup")) {
            String call = calls.register("bluezone", SUBSCRIBER, 1);
            VoiceXmlSchema.validate(answer(call, event).body());
        }
        VoiceXmlSchema.validate(new String(ErrorDialog.BYTES, StandardCharsets.UTF_8));
    }

    @Test
    void missingMalformedExpiredForgedOrUnknownTokensAreRefusedAndRecordNothing() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        String base = "http://127.0.0.1:" + server.port() + "/vxml/bluezone";
        String forged = links.query("bluezone", call, SUBSCRIBER, Duration.ofMinutes(5)).replaceAll("sig=.*", "sig=" + "A".repeat(22));
        String expired = links.query("bluezone", call, SUBSCRIBER, Duration.ofSeconds(-5));
        String unknown = links.query("bluezone", "zzzzzzzzzzzzzzzzzzzz", SUBSCRIBER, Duration.ofMinutes(5));
        String otherCampaign = links.query("flu", call, SUBSCRIBER, Duration.ofMinutes(5));
        assertRefused(get(base), 400);
        assertRefused(get(base + "?call=" + call + "&exp=abc&sig=x"), 400);
        assertRefused(get(base + "?" + forged), 403);
        assertRefused(get(base + "?" + expired), 403);
        assertRefused(get(base + "?" + otherCampaign), 403);
        assertRefused(get(base + "?" + withOtherNumberCipher(query(call))), 403);
        assertRefused(post(base + "/answer?" + forged, "event=filled&key=1"), 403);
        assertRefused(post(base + "/answer?" + unknown, "event=filled&key=1"), 404);
        assertRefused(get("http://127.0.0.1:" + server.port() + "/vxml/nosuchcampaign?" + unknown), 404);
        assertThat(redis.client().hgetAll("loa:{bluezone}:call:" + call)).doesNotContainKey("answer");
        assertThat(redis.client().exists("loa:{bluezone}:events")).isFalse();
    }

    @Test
    void aTokenSignedForAnotherNumberOfTheCallRecordsNothing() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        String other = links.query("bluezone", call, PhoneNumber.parse("0901234568"), Duration.ofMinutes(5));
        assertRefused(post("http://127.0.0.1:" + server.port() + "/vxml/bluezone/answer?" + other, "event=filled&key=1"), 404);
        assertThat(redis.client().hget("loa:{bluezone}:call:" + call, "answer")).isNull();
    }

    @Test
    void malformedAnswersAreRefusedAndRecordNothing() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        for (String form : List.of("", "event=dance", "event=filled", "event=filled&key=12345678901234567890123456789012345",
                "event=filled&key=1&stage=has%20spaces", "event=noinput&vbsession=" + "x".repeat(129), "event=noinput&elapsed=-5")) {
            assertRefused(answer(call, form), 400);
        }
        assertRefused(get("http://127.0.0.1:" + server.port() + "/vxml/bluezone/answer?" + query(call)), 405);
        assertThat(redis.client().hget("loa:{bluezone}:call:" + call, "answer")).isNull();
        assertThat(subscriberCode()).isEqualTo(SubscriberCodes.encode(SubscriberCodes.QUEUED, PROVINCE));
    }

    @Test
    void aDesignersEditIsServedOnTheNextFetchWithoutARestart() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        String before = get(entryUrl(call)).body();
        Files.writeString(prompts.resolve("bluezone/instruction.txt"), "Bấm phím 1 để đồng ý.\n");
        awaitTrue(() -> fetch(entryUrl(call)).contains("Bấm phím 1 để đồng ý."), Duration.ofSeconds(10));
        String after = get(entryUrl(call)).body();
        assertThat(versionOf(after)).isNotEqualTo(versionOf(before));
        VoiceXmlSchema.validate(after);
    }

    @Test
    void aBrokenDialogIsRefusedWithoutAStackTrace() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        Files.writeString(vxml.resolve("bluezone/main.vxml"), "<vxml version=\"2.1\"><form><block th:text=\"${nope.nope}\"/></form>");
        awaitTrue(() -> status(entryUrl(call)) == 503, Duration.ofSeconds(10));
        HttpResponse<String> response = get(entryUrl(call));
        assertRefused(response, 503);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at loa.");
    }

    @Test
    void promptsAreServedAsAudioAndCachedWithValidators() throws Exception {
        HttpResponse<byte[]> audio = http.send(HttpRequest.newBuilder(promptUrl("bluezone/thanks.wav")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(audio.statusCode()).isEqualTo(200);
        assertThat(audio.headers().firstValue("Content-Type")).contains("audio/wav");
        assertThat(audio.headers().firstValue("Cache-Control")).contains(PromptHeaders.CACHE_CONTROL);
        assertThat(audio.body()).isEqualTo(Files.readAllBytes(prompts.resolve("bluezone/thanks.wav")));
        String etag = audio.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(promptUrl("bluezone/thanks.wav"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(status(promptUrl("bluezone/").toString())).isEqualTo(404);
    }

    @Test
    void aStopLetsARequestInFlightFinish() throws Exception {
        server.stop();
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        CallRecords slow = new SlowCallRecords(calls, inside, release);
        server = start(campaign, slow);
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        String url = "http://127.0.0.1:" + server.port() + "/vxml/bluezone/answer?" + query(call);
        var response = http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("event=filled&key=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inside.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        var stopping = java.util.concurrent.CompletableFuture.runAsync(server::stop);
        release.countDown();
        assertThat(response.get(10, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        stopping.get(15, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(redis.client().hget("loa:{bluezone}:call:" + call, "answer")).isEqualTo("agreed");
        assertThatCode(() -> get(url)).isInstanceOf(IOException.class);
    }

    private String assertAnswer(String form, String answer, String closingMark, int state) throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        get(entryUrl(call));
        HttpResponse<String> closing = answer(call, form);
        assertThat(closing.statusCode()).isEqualTo(200);
        VoiceXmlSchema.validate(closing.body());
        assertThat(closing.body()).contains(closingMark);
        assertThat(redis.client().hget("loa:{bluezone}:call:" + call, "answer")).isEqualTo(answer);
        assertThat(subscriberCode()).isEqualTo(SubscriberCodes.encode(state, PROVINCE));
        return closing.body();
    }

    private void assertRefused(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/voicexml+xml;charset=UTF-8");
        assertThat(response.body()).contains("<disconnect/>").contains("Xin lỗi");
        VoiceXmlSchema.validate(response.body());
    }

    private DialogServer start(Campaign c, CallRecords records) throws IOException {
        DialogServer started = new DialogServer(new DialogServer.Config("127.0.0.1", 0, vxml, prompts, Duration.ofSeconds(10)),
                List.of(c), records, links, Clock.systemUTC());
        started.start();
        return started;
    }

    private Campaign campaignWith(String... replacements) throws Exception {
        String yaml = Files.readString(Path.of("campaigns/bluezone.yaml"));
        for (int i = 0; i < replacements.length; i += 2) yaml = yaml.replace(replacements[i], replacements[i + 1]);
        return CampaignFile.parse("bluezone.yaml", yaml);
    }

    private int subscriberCode() {
        byte[] code = redis.client().hget(new RedisKeys("bluezone").bucket(RedisKeys.bucketOf(SUBSCRIBER.national())),
                Integer.toString(RedisKeys.fieldOf(SUBSCRIBER.national())).getBytes());
        return Integer.parseInt(new String(code));
    }

    private String query(String call) {
        return links.query("bluezone", call, SUBSCRIBER, Duration.ofMinutes(5));
    }

    private String entryUrl(String call) {
        return links.entryUrl("http://127.0.0.1:" + server.port(), "bluezone", call, SUBSCRIBER, Duration.ofMinutes(5));
    }

    private URI promptUrl(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + "/prompts/" + path);
    }

    private HttpResponse<String> answer(String call, String form) throws Exception {
        return post("http://127.0.0.1:" + server.port() + "/vxml/bluezone/answer?" + query(call), form);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String fetch(String url) {
        try {
            return get(url).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private int status(String url) {
        try {
            return get(url).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The query with one character of the encrypted number changed. */
    private static String withOtherNumberCipher(String query) {
        int at = query.indexOf("&n=") + 3;
        char changed = query.charAt(at) == 'A' ? 'B' : 'A';
        return query.substring(0, at) + changed + query.substring(at + 1);
    }

    private static String versionOf(String document) {
        return document.replaceAll("(?s).*<meta name=\"loa-dialog-version\" content=\"([0-9a-f]+)\"/>.*", "$1");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not true within " + timeout);
            Thread.sleep(50);
        }
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    /** Call records that hold an answer until the test lets it go. */
    private record SlowCallRecords(CallRecords inner, java.util.concurrent.CountDownLatch inside,
                                   java.util.concurrent.CountDownLatch release) implements CallRecords {
        @Override
        public String register(String campaignId, PhoneNumber number, int attempt) {
            return inner.register(campaignId, number, attempt);
        }

        @Override
        public String registerTest(String campaignId, PhoneNumber number, Duration keepFor) {
            return inner.registerTest(campaignId, number, keepFor);
        }

        @Override
        public java.util.Optional<loa.campaign.Answer> recordAnswer(String campaignId, String callId, PhoneNumber number,
                                                                  loa.campaign.AnswerRecord record) {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return inner.recordAnswer(campaignId, callId, number, record);
        }
    }
}
