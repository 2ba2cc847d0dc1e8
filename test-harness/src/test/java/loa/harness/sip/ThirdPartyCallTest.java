package loa.harness.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import loa.campaign.Campaign;
import loa.campaign.DialogLinks;
import loa.campaign.PhoneNumber;
import loa.config.CampaignFile;
import loa.harness.Harness;
import loa.harness.subscribers.CallRecord;
import loa.harness.voicebrowser.CallLog;
import loa.store.RedisCallRecords;
import loa.store.TestRedis;
import loa.vxml.DialogServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain by hand: a 3PCC call (RFC 3725 flow I) from a simulated subscriber to the
 * simulated voice browser running loa's real Bluezone dialog, served by loa's web app and
 * recorded in a real Redis. The subscriber presses 1 after hearing the announcement, during the
 * instruction; the logs of all three must agree.
 */
class ThirdPartyCallTest {
    private static final PhoneNumber SUBSCRIBER = PhoneNumber.parse("0901234567");
    /** Into the instruction (prompts/bluezone: the announcement 29.4 s, then the instruction 2.8 s). */
    private static final Duration BOTH_PROMPTS = Duration.ofMillis(31_000);

    @TempDir
    Path dir;

    @Test
    void aSubscriberWhoPressesOneIsRecordedAsAgreedByEveryPartOfTheChain() throws Exception {
        Campaign campaign = CampaignFile.load(Path.of("campaigns/bluezone.yaml"));
        DialogLinks links = new DialogLinks("the end-to-end test's secret".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        try (TestRedis redis = new TestRedis(dir.resolve("data"));
             Harness harness = Harness.start(7, "loa", "test");
             ThirdPartyCallController controller = new ThirdPartyCallController()) {
            RedisCallRecords calls = new RedisCallRecords(redis.client(), Clock.systemUTC());
            DialogServer web = new DialogServer(new DialogServer.Config("127.0.0.1", 0, Path.of("vxml"), Path.of("prompts"),
                    Duration.ofSeconds(5)), List.of(campaign), calls, links, Clock.systemUTC());
            web.start();
            try {
                String callId = calls.register("bluezone", SUBSCRIBER, 1);
                String dialog = links.entryUrl("http://127.0.0.1:" + web.port(), "bluezone", callId, SUBSCRIBER,
                        Duration.ofMinutes(5));
                harness.subscribers().number(SUBSCRIBER.msisdn()).answersAfter(Duration.ofMillis(300))
                        .thenPresses('1').afterHearing(BOTH_PROMPTS);

                ThirdPartyCallController.Call call = controller.connect(SUBSCRIBER.msisdn(), harness.subscribers().port(),
                        harness.voiceBrowser().port(), dialog, Duration.ofSeconds(10));

                awaitTrue(() -> harness.subscribers().call(call.subscriberCallId()).map(CallRecord::isEnded).orElse(false),
                        Duration.ofSeconds(90));
                CallRecord heard = harness.subscribers().call(call.subscriberCallId()).orElseThrow();
                assertThat(heard.offerInInvite()).isFalse();
                assertThat(heard.status()).isEqualTo(200);
                assertThat(heard.keysPressed()).isEqualTo("1");
                assertThat(heard.audioReceived()).isGreaterThan(BOTH_PROMPTS);
                assertThat(heard.hungUpBy()).isEqualTo(CallRecord.HungUpBy.CALLER);

                CallLog browser = harness.voiceBrowser().log(call.voiceBrowserCallId()).orElseThrow();
                assertThat(browser.details(CallLog.Kind.FETCHED)).anyMatch(f -> f.contains("/vxml/bluezone?call=" + callId));
                assertThat(browser.details(CallLog.Kind.PLAYED)).anyMatch(p -> p.contains("announcement.wav"))
                        .anyMatch(p -> p.contains("instruction.wav")).anyMatch(p -> p.contains("thanks.wav"));
                assertThat(browser.details(CallLog.Kind.INPUT)).containsExactly("1");
                assertThat(browser.details(CallLog.Kind.SUBMITTED)).singleElement().asString()
                        .contains("/vxml/bluezone/answer").contains("event=filled").contains("key=1");
                assertThat(browser.details(CallLog.Kind.ENDED)).containsExactly("disconnect");

                Map<String, String> recorded = redis.client().hgetAll("loa:{bluezone}:call:" + callId);
                assertThat(recorded).containsEntry("answer", "agreed").containsEntry("key", "1")
                        .containsEntry("vb-session", call.voiceBrowserCallId());
                assertThat(Long.parseLong(recorded.get("heard-ms"))).isGreaterThan(BOTH_PROMPTS.toMillis() - 1_000);
                assertThat(controller.byesReceived()).containsExactly(call.voiceBrowserCallId());
            } finally {
                web.stop();
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not true within " + timeout);
            Thread.sleep(50);
        }
    }
}
