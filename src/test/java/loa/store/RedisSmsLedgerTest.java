package loa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import loa.campaign.AnswerRecord;
import loa.campaign.Answer;
import loa.campaign.PhoneNumber;
import loa.campaign.SmsReceipts.DeliveryState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each subscriber's one SMS, against a real Redis server. */
class RedisSmsLedgerTest {
    static final Instant NOW = Instant.parse("2026-11-25T03:30:00Z");
    static final PhoneNumber TO = PhoneNumber.parse("0912345678");

    @TempDir
    static Path data;
    static TestRedis redis;

    final RedisSmsLedger ledger = new RedisSmsLedger(redis.client(), "c1");
    final RedisCallRecords calls = new RedisCallRecords(redis.client(), Clock.systemUTC());
    final RedisKeys keys = new RedisKeys("c1");

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(data);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void emptyRedis() {
        redis.client().flushAll();
    }

    @Test
    void anSmsIsClaimedOnlyOnceTheCallBothAgreedAndEnded() {
        String call = calls.register("c1", TO, 1);
        assertThat(ledger.claim(call, TO, "s1", "w1", NOW)).isFalse();
        agree(call);
        assertThat(ledger.claim(call, TO, "s1", "w1", NOW)).isFalse();
        end(call);

        assertThat(ledger.claim(call, TO, "s1", "w1", NOW)).isTrue();
        assertThat(ledger.claim(call, TO, "s2", "w2", NOW)).isFalse();
        assertThat(ledger.recordOf(TO)).startsWith("claimed|s1|");
    }

    @Test
    void aDeclinedOrTestCallGetsNoSms() {
        String declined = calls.register("c1", TO, 1);
        calls.recordAnswer("c1", declined, TO, answer(Answer.DECLINED));
        end(declined);
        String test = calls.registerTest("c1", TO, Duration.ofMinutes(1));
        calls.recordAnswer("c1", test, TO, answer(Answer.AGREED));
        end(test);

        assertThat(ledger.claim(declined, TO, "s1", "w1", NOW)).isFalse();
        assertThat(ledger.claim(test, TO, "s1", "w1", NOW)).isFalse();
    }

    @Test
    void aSecondCallThatAgreedGetsNoSecondSms() {
        String first = agreedAndEnded();
        String second = agreedAndEnded();
        assertThat(ledger.claim(first, TO, "s1", "w1", NOW)).isTrue();
        ledger.submitted(TO, "s1", "w1", List.of("m1"), NOW);

        assertThat(ledger.claim(second, TO, "s2", "w1", NOW)).isFalse();
    }

    @Test
    void receiptsOfEverySegmentMakeItDelivered() {
        String call = agreedAndEnded();
        ledger.claim(call, TO, "s1", "w1", NOW);
        ledger.submitted(TO, "s1", "w1", List.of("m1", "m2", "m3"), NOW);

        assertThat(ledger.receipt("m2", DeliveryState.DELIVERED, NOW)).isEqualTo("submitted");
        assertThat(ledger.receipt("m2", DeliveryState.DELIVERED, NOW)).isNull();
        assertThat(ledger.receipt("m1", DeliveryState.DELIVERED, NOW)).isEqualTo("submitted");
        assertThat(ledger.receipt("m3", DeliveryState.DELIVERED, NOW)).isEqualTo("delivered");

        assertThat(ledger.counters()).containsEntry("sms-claimed", 1L).containsEntry("sms-submitted", 1L)
                .containsEntry("sms-delivered", 1L);
        assertThat(redis.client().hlen(keys.smsReceipts())).isZero();
    }

    @Test
    void aReceiptThatOvertakesTheRecordOfItsSubmissionCountsAllTheSame() {
        String call = agreedAndEnded();
        ledger.claim(call, TO, "s1", "w1", NOW);

        assertThat(ledger.receipt("m1", DeliveryState.DELIVERED, NOW)).isNull();
        ledger.submitted(TO, "s1", "w1", List.of("m1", "m2"), NOW);
        assertThat(ledger.receipt("m2", DeliveryState.DELIVERED, NOW)).isEqualTo("delivered");

        assertThat(ledger.counters()).containsEntry("sms-submitted", 1L).containsEntry("sms-delivered", 1L);
        assertThat(redis.client().hlen(keys.smsEarlyReceipts())).isZero();
        assertThat(redis.client().hlen(keys.smsReceipts())).isZero();
    }

    @Test
    void oneUndeliveredSegmentMakesItUndelivered() {
        String call = agreedAndEnded();
        ledger.claim(call, TO, "s1", "w1", NOW);
        ledger.submitted(TO, "s1", "w1", List.of("m1", "m2"), NOW);

        assertThat(ledger.receipt("m1", DeliveryState.UNDELIVERABLE, NOW)).isEqualTo("undelivered");
        assertThat(ledger.receipt("m2", DeliveryState.DELIVERED, NOW)).isEqualTo("undelivered");
        assertThat(ledger.counters()).containsEntry("sms-undelivered", 1L).doesNotContainKey("sms-delivered");
    }

    @Test
    void aClaimWhoseWorkerDiedIsUncertainAndOnlyAnOperatorReleasesIt() {
        String call = agreedAndEnded();
        ledger.heartbeat("alive", Duration.ofMinutes(1), Map.of("link", "BOUND"));
        ledger.claim(call, TO, "s1", "dead", NOW);
        PhoneNumber other = PhoneNumber.parse("0912345699");
        String otherCall = calls.register("c1", other, 1);
        calls.recordAnswer("c1", otherCall, other, answer(Answer.AGREED));
        end(otherCall);
        ledger.claim(otherCall, other, "s9", "alive", NOW);

        assertThat(ledger.workers()).containsOnlyKeys("alive").containsEntry("alive", Map.of("link", "BOUND"));
        assertThat(ledger.expireClaims(NOW.minus(Duration.ofMinutes(10)), NOW.plusSeconds(5))).isEqualTo(1);

        assertThat(ledger.recordOf(TO)).startsWith("uncertain|s1|");
        assertThat(ledger.recordOf(other)).startsWith("claimed|s9|");
        ledger.submitted(TO, "s1", "dead", List.of("late"), NOW); // too late: it stays uncertain
        assertThat(ledger.recordOf(TO)).startsWith("uncertain|");
        assertThat(ledger.claim(call, TO, "s2", "alive", NOW)).isFalse();

        assertThat(ledger.release(TO, NOW)).isTrue();
        assertThat(ledger.release(TO, NOW)).isFalse();
        assertThat(ledger.claim(call, TO, "s2", "alive", NOW)).isTrue();
        assertThat(ledger.counters()).containsEntry("sms-uncertain", 0L).containsEntry("sms-released", 1L)
                .containsEntry("sms-claimed", 3L);
        var release = redis.client().xrange(keys.events(), (redis.clients.jedis.StreamEntryID) null, null).stream()
                .filter(e -> "sms-release".equals(e.getFields().get("type"))).toList();
        assertThat(release).singleElement().satisfies(e -> assertThat(e.getFields()).containsEntry("call", call));
    }

    @Test
    void anSmsTheGatewayDidNotTakeIsClaimedAgain() {
        String call = agreedAndEnded();
        ledger.claim(call, TO, "s1", "w1", NOW);

        ledger.abandon(TO, "s1", "w1", NOW);

        assertThat(ledger.recordOf(TO)).isNull();
        assertThat(ledger.claim(call, TO, "s2", "w1", NOW)).isTrue();
        assertThat(ledger.counters()).containsEntry("sms-claimed", 1L);
        assertThat(redis.client().zcard(keys.smsClaims())).isEqualTo(1);
    }

    @Test
    void anOldClaimIsUncertainEvenIfItsWorkerLives() {
        String call = agreedAndEnded();
        ledger.heartbeat("slow", Duration.ofMinutes(1), Map.of());
        ledger.claim(call, TO, "s1", "slow", NOW);

        assertThat(ledger.expireClaims(NOW.minusSeconds(1), NOW.plusSeconds(5))).isZero();
        assertThat(ledger.expireClaims(NOW.plusSeconds(1), NOW.plusSeconds(5))).isEqualTo(1);
    }

    private String agreedAndEnded() {
        String call = calls.register("c1", TO, 1);
        agree(call);
        end(call);
        return call;
    }

    private void agree(String call) {
        calls.recordAnswer("c1", call, TO, answer(Answer.AGREED));
    }

    /** As the launcher's settlement does: the call's outcome, which says it is over. */
    private void end(String call) {
        redis.client().hset(keys.call(call), Map.of("outcome", "answered"));
    }

    private static AnswerRecord answer(Answer answer) {
        return new AnswerRecord(answer, answer == Answer.AGREED ? "1" : "2", NOW, "vb-1", "v1", "main", Duration.ofSeconds(30));
    }
}
