package loa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import loa.campaign.AttemptResult;
import loa.campaign.CallOutcome;
import loa.campaign.Claim;
import loa.campaign.PhoneNumber;
import loa.campaign.RetryDecision;
import loa.campaign.SubscriberBatch;
import loa.campaign.WindowId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims, settlements and expired leases against a real Redis server. */
class RedisAttemptQueueTest {
    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);
    static final RetryDecision FINAL = new RetryDecision.Final(RetryDecision.Reason.OUTCOME_NOT_RETRIED);
    static final RetryDecision EXHAUSTED = new RetryDecision.Final(RetryDecision.Reason.ATTEMPTS_EXHAUSTED);

    @TempDir
    static Path data;
    static TestRedis redis;

    final RedisKeys keys = new RedisKeys("c1");
    final RedisAttemptQueue queue = new RedisAttemptQueue(redis.client(), "c1");

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(data);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    static AttemptResult result(CallOutcome outcome) {
        return new AttemptResult("call-" + outcome.label(), outcome, 0, NOW, null, NOW, new WindowId(LocalDate.of(2026, 11, 25), 0));
    }

    @BeforeEach
    void emptyRedis() {
        redis.client().flushAll();
    }

    @Test
    void claimsHandOutEveryQueuedSubscriberOnce() {
        List<PhoneNumber> queued = queueNumbers(2_500);
        List<Claim> all = new ArrayList<>();
        for (List<Claim> batch = queue.claim(97, NOW, LEASE); !batch.isEmpty(); batch = queue.claim(97, NOW, LEASE)) {
            assertThat(batch).hasSizeLessThanOrEqualTo(97);
            all.addAll(batch);
        }
        assertThat(all).extracting(Claim::number).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
        assertThat(all).allMatch(c -> c.attempt() == 1 && c.leaseExpiry().equals(NOW.plus(LEASE)));
        assertThat(redis.client().bitcount(keys.firstAttemptBuckets())).isZero();
        assertThat(counter("first-pending")).isEqualTo(0);
        assertThat(counter("calling")).isEqualTo(2_500);
    }

    @Test
    void twoLaunchersClaimingAtOnceNeverGetTheSameSubscriber() throws Exception {
        queueNumbers(3_000);
        Callable<List<Claim>> launcher = () -> {
            RedisAttemptQueue own = new RedisAttemptQueue(redis.client(), "c1");
            List<Claim> mine = new ArrayList<>();
            for (List<Claim> batch = own.claim(10, NOW, LEASE); !batch.isEmpty(); batch = own.claim(10, NOW, LEASE)) mine.addAll(batch);
            return mine;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Claim>> a = pool.submit(launcher);
            Future<List<Claim>> b = pool.submit(launcher);
            Set<PhoneNumber> seen = new HashSet<>();
            List<Claim> both = new ArrayList<>(a.get());
            both.addAll(b.get());
            both.forEach(c -> assertThat(seen.add(c.number())).as("claimed twice: " + c).isTrue());
            assertThat(seen).hasSize(3_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExpiredFirstLeaseIsSettledAsLostAndBecomesARetry() {
        queueNumbers(3);
        List<Claim> claims = queue.claim(10, NOW, LEASE);
        assertThat(queue.expireLeases(NOW.plus(LEASE).minusMillis(1))).isZero();

        assertThat(queue.expireLeases(NOW.plus(LEASE))).isEqualTo(3);

        assertThat(claims).allMatch(c -> state(c.number()) == SubscriberCodes.RETRY_DUE);
        assertThat(counter("lost")).isEqualTo(3);
        assertThat(counter("retry-pending")).isEqualTo(3);
        assertThat(counter("calling")).isZero();
        List<Claim> retries = queue.claim(10, NOW.plus(LEASE), LEASE);
        assertThat(retries).extracting(Claim::attempt).containsOnly(2);
        assertThat(retries).extracting(Claim::number).containsExactlyInAnyOrderElementsOf(
                claims.stream().map(Claim::number).toList());
    }

    @Test
    void settlingALeaseAlreadySettledAsLostChangesNothing() {
        queueNumbers(1);
        Claim claim = queue.claim(1, NOW, LEASE).get(0);
        queue.expireLeases(NOW.plus(LEASE));
        Claim retry = queue.claim(1, NOW.plus(LEASE), LEASE).get(0);

        assertThat(queue.settle(claim, result(CallOutcome.BUSY), FINAL)).isFalse();

        assertThat(state(claim.number())).isEqualTo(SubscriberCodes.CALLING_RETRY);
        assertThat(queue.settle(retry, result(CallOutcome.BUSY), EXHAUSTED)).isTrue();
        assertThat(queue.settle(retry, result(CallOutcome.BUSY), EXHAUSTED)).isFalse();
        assertThat(counter("done")).isEqualTo(1);
    }

    @Test
    void aRetryIsClaimableAtItsDueTimeAndNotBefore() {
        queueNumbers(1);
        Claim first = queue.claim(1, NOW, LEASE).get(0);
        Instant due = NOW.plus(Duration.ofHours(3));
        queue.settle(first, result(CallOutcome.NO_ANSWER), new RetryDecision.RetryNotBefore(due));

        assertThat(queue.claim(5, due.minusMillis(1), LEASE)).isEmpty();
        List<Claim> retry = queue.claim(5, due, LEASE);

        assertThat(retry).containsExactly(new Claim(first.number(), 2, due.plus(LEASE)));
        assertThat(queue.claim(5, due, LEASE)).isEmpty();
    }

    @Test
    void afterTheSecondAttemptNothingIsClaimableWhateverTheOutcome() {
        queueNumbers(2);
        List<Claim> firsts = queue.claim(2, NOW, LEASE);
        firsts.forEach(c -> queue.settle(c, result(CallOutcome.BUSY), new RetryDecision.RetryNotBefore(NOW)));
        List<Claim> seconds = queue.claim(2, NOW, LEASE);
        assertThat(seconds).extracting(Claim::attempt).containsOnly(2);

        queue.settle(seconds.get(0), result(CallOutcome.BUSY), new RetryDecision.RetryNotBefore(NOW)); // a careless caller
        queue.expireLeases(NOW.plus(LEASE));                                                  // the other launcher died

        Instant muchLater = NOW.plus(Duration.ofDays(30));
        assertThat(queue.expireLeases(muchLater)).isZero();
        assertThat(queue.claim(10, muchLater, LEASE)).isEmpty();
        assertThat(seconds).allMatch(c -> state(c.number()) == SubscriberCodes.DONE);
        assertThat(counter("done")).isEqualTo(2);
        assertThat(counter("calling")).isZero();
        assertThat(counter("retry-pending")).isZero();
    }

    @Test
    void settlingKeepsTheAnswerTheDialogRecorded() {
        queueNumbers(2);
        List<Claim> claims = queue.claim(2, NOW, LEASE);
        setState(claims.get(0).number(), SubscriberCodes.AGREED);
        setState(claims.get(1).number(), SubscriberCodes.HUNG_UP);

        assertThat(queue.settle(claims.get(0), result(CallOutcome.ANSWERED), new RetryDecision.RetryNotBefore(NOW))).isTrue();
        queue.expireLeases(NOW.plus(LEASE));

        assertThat(state(claims.get(0).number())).isEqualTo(SubscriberCodes.AGREED);
        assertThat(state(claims.get(1).number())).isEqualTo(SubscriberCodes.HUNG_UP);
        assertThat(queue.claim(10, NOW.plus(Duration.ofDays(1)), LEASE)).isEmpty();
        assertThat(counter("done")).isEqualTo(2);
        assertThat(counter("lost")).isZero();
        assertThat(counter("outcome:answered")).isEqualTo(2); // one settled, one whose launcher died after the answer
        assertThat(counter("attempts")).isEqualTo(2);
    }

    @Test
    void settlingKeepsTheAttemptsRecordOnTheCallAndTellsTheEvents() {
        queueNumbers(1);
        Claim claim = queue.claim(1, NOW, LEASE).get(0);
        AttemptResult answered = new AttemptResult("c0ffee", CallOutcome.ANSWERED, 200, NOW, NOW.plusSeconds(4),
                NOW.plusSeconds(50), new WindowId(LocalDate.of(2026, 11, 25), 1));

        queue.settle(claim, answered, FINAL);

        assertThat(redis.client().hgetAll(keys.call("c0ffee"))).containsEntry("outcome", "answered")
                .containsEntry("sip-status", "200").containsEntry("invited-at", Long.toString(NOW.toEpochMilli()))
                .containsEntry("connected-at", Long.toString(NOW.plusSeconds(4).toEpochMilli()))
                .containsEntry("ended-at", Long.toString(NOW.plusSeconds(50).toEpochMilli()))
                .containsEntry("window", "2026-11-25#1");
        var events = redis.client().xrange(keys.events(), (redis.clients.jedis.StreamEntryID) null, null);
        assertThat(events).singleElement().satisfies(e -> assertThat(e.getFields()).containsEntry("type", "ended")
                .containsEntry("call", "c0ffee").containsEntry("msisdn", claim.number().msisdn())
                .containsEntry("attempt", "1").containsEntry("outcome", "answered"));
        assertThat(counter("attempts")).isEqualTo(1);
        assertThat(counter("outcome:answered")).isEqualTo(1);
    }

    @Test
    void withdrawnSubscribersAreNeverClaimed() {
        List<PhoneNumber> queued = queueNumbers(10);
        SubscriberBatch withdrawals = new SubscriberBatch(3);
        queued.subList(0, 3).forEach(withdrawals::withdraw);
        new RedisAudienceQueue(redis.client(), keys).apply(withdrawals);

        List<Claim> claims = queue.claim(100, NOW, LEASE);

        assertThat(claims).extracting(Claim::number).containsExactlyInAnyOrderElementsOf(queued.subList(3, 10));
        assertThat(queued.subList(0, 3)).allMatch(n -> state(n) == SubscriberCodes.WITHDRAWN);
    }

    @Test
    void theProvinceSurvivesEveryMove() {
        SubscriberBatch batch = new SubscriberBatch(1);
        PhoneNumber number = PhoneNumber.parse("0912345601");
        batch.queue(number, 5);
        new RedisAudienceQueue(redis.client(), keys).apply(batch);
        Claim first = queue.claim(1, NOW, LEASE).get(0);
        queue.settle(first, result(CallOutcome.BUSY), new RetryDecision.RetryNotBefore(NOW));
        queue.settle(queue.claim(1, NOW, LEASE).get(0), result(CallOutcome.BUSY), EXHAUSTED);
        assertThat(SubscriberCodes.province(code(number))).isEqualTo(5);
        assertThat(SubscriberCodes.state(code(number))).isEqualTo(SubscriberCodes.DONE);
    }

    /** Numbers spread over many buckets, some of them sharing one. */
    private List<PhoneNumber> queueNumbers(int n) {
        List<PhoneNumber> numbers = new ArrayList<>();
        SubscriberBatch batch = new SubscriberBatch(n);
        for (int i = 0; i < n; i++) {
            PhoneNumber number = new PhoneNumber(912_000_000 + i * 37);
            numbers.add(number);
            batch.queue(number, 1);
        }
        new RedisAudienceQueue(redis.client(), keys).apply(batch);
        return numbers;
    }

    private long counter(String name) {
        String n = redis.client().hget(keys.counters(), name);
        return n == null ? 0 : Long.parseLong(n);
    }

    private int code(PhoneNumber number) {
        byte[] value = redis.client().hget(keys.bucket(RedisKeys.bucketOf(number.national())),
                Integer.toString(RedisKeys.fieldOf(number.national())).getBytes());
        return Integer.parseInt(new String(value));
    }

    private int state(PhoneNumber number) {
        return SubscriberCodes.state(code(number));
    }

    /** As the dialog app's record-answer.lua does: the answer's state, the province kept. */
    private void setState(PhoneNumber number, int state) {
        int code = code(number);
        redis.client().hset(keys.bucket(RedisKeys.bucketOf(number.national())),
                Integer.toString(RedisKeys.fieldOf(number.national())).getBytes(),
                Integer.toString(code - SubscriberCodes.state(code) + state).getBytes());
    }
}
