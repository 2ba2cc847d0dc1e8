package loa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import loa.audience.AudienceSuppression;
import loa.audience.SuppressionList;
import loa.audience.SuppressionReport;
import loa.campaign.AudienceQueue;
import loa.campaign.CallOutcome;
import loa.campaign.Claim;
import loa.campaign.PhoneNumber;
import loa.campaign.RetryDecision;
import loa.campaign.SubscriberBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppression lists applied to a campaign being called, against a real Redis server: whatever
 * state a number is in, once suppressed it is never claimed again.
 */
class RedisSuppressionTest {
    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final Instant MUCH_LATER = NOW.plus(Duration.ofDays(30));
    static final Duration LEASE = Duration.ofMinutes(2);

    static final PhoneNumber QUEUED = PhoneNumber.parse("0912345601");
    static final PhoneNumber RETRY_DUE = PhoneNumber.parse("0912345602");
    static final PhoneNumber CALLING_FIRST = PhoneNumber.parse("0912345603");
    static final PhoneNumber CALLING_RETRY = PhoneNumber.parse("0701234504");
    static final PhoneNumber DONE = PhoneNumber.parse("0701234505");
    static final PhoneNumber AGREED = PhoneNumber.parse("0812345606");
    static final PhoneNumber WITHDRAWN = PhoneNumber.parse("0812345607");
    static final PhoneNumber UNKNOWN = PhoneNumber.parse("0399999908");
    static final List<PhoneNumber> EVERYONE =
            List.of(QUEUED, RETRY_DUE, CALLING_FIRST, CALLING_RETRY, DONE, AGREED, WITHDRAWN, UNKNOWN);

    @TempDir
    static Path data;
    static TestRedis redis;

    @TempDir
    Path dir;

    final RedisKeys keys = new RedisKeys("c1");
    final RedisAudienceQueue audience = new RedisAudienceQueue(redis.client(), keys);
    final RedisAttemptQueue launcher = new RedisAttemptQueue(redis.client(), "c1");

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
    void aQueuedNumberSuppressedIsNeverClaimed() throws Exception {
        aCampaignInEveryState();
        suppress(QUEUED);
        assertThat(state(QUEUED)).isEqualTo(SubscriberCodes.WITHDRAWN);
        assertThat(claimedFromNowOn()).doesNotContain(QUEUED);
    }

    @Test
    void aNumberWaitingForItsRetrySuppressedIsNeverClaimedAgainAndLeavesTheRetries() throws Exception {
        aCampaignInEveryState();
        assertThat(redis.client().zscore(keys.retries(), Integer.toString(RETRY_DUE.national()))).isNotNull();

        suppress(RETRY_DUE);

        assertThat(state(RETRY_DUE)).isEqualTo(SubscriberCodes.WITHDRAWN);
        assertThat(redis.client().zscore(keys.retries(), Integer.toString(RETRY_DUE.national()))).isNull();
        assertThat(redis.client().zcard(keys.retries())).isZero();
        assertThat(claimedFromNowOn()).doesNotContain(RETRY_DUE);
    }

    @Test
    void aNumberSuppressedDuringACallIsWithdrawnInCallAndNeverClaimedAgain() throws Exception {
        aCampaignInEveryState();

        SuppressionReport report = suppress(CALLING_FIRST, CALLING_RETRY);

        assertThat(report.withdrawals().withdrawnInCall()).isEqualTo(2);
        assertThat(state(CALLING_FIRST)).isEqualTo(SubscriberCodes.WITHDRAWN_IN_CALL);
        assertThat(state(CALLING_RETRY)).isEqualTo(SubscriberCodes.WITHDRAWN_IN_CALL);
        assertThat(redis.client().zcard(keys.leases())).as("the calls go on, still leased").isEqualTo(2);
        assertThat(claimedFromNowOn()).doesNotContain(CALLING_FIRST, CALLING_RETRY);
    }

    @Test
    void finalNumbersAndNumbersTheCampaignDoesNotHaveAreLeftAsTheyWere() throws Exception {
        aCampaignInEveryState();

        SuppressionReport report = suppress(DONE, AGREED, WITHDRAWN, UNKNOWN);

        assertThat(report.leftAsTheyWere()).isEqualTo(4);
        assertThat(report.withdrawals().withdrawnInAll()).isZero();
        assertThat(state(DONE)).isEqualTo(SubscriberCodes.DONE);
        assertThat(state(AGREED)).isEqualTo(SubscriberCodes.AGREED);
        assertThat(state(WITHDRAWN)).isEqualTo(SubscriberCodes.WITHDRAWN);
        assertThat(code(UNKNOWN)).as("no subscriber made up for an unknown number").isNull();
    }

    @Test
    void everyNumberLandsInOneRowAndTheCountersStillAddUpToTheAudience() throws Exception {
        aCampaignInEveryState();

        SuppressionReport report = suppress(EVERYONE.toArray(PhoneNumber[]::new));

        assertThat(report.numbersRead()).isEqualTo(8);
        assertThat(report.withdrawals()).isEqualTo(new AudienceQueue.Applied(0, 1, 1, 2));
        assertThat(report.leftAsTheyWere()).isEqualTo(4);
        assertThat(counters()).containsEntry("audience", 7L).containsEntry("first-pending", 0L)
                .containsEntry("retry-pending", 0L).containsEntry("calling", 2L).containsEntry("done", 2L)
                .containsEntry("withdrawn", 3L).containsEntry("withdrawn-in-call", 2L);
        assertCountersAddUp();
    }

    @Test
    void suppressingTwiceChangesNothingTheSecondTime() throws Exception {
        aCampaignInEveryState();
        PhoneNumber[] everyone = EVERYONE.toArray(PhoneNumber[]::new);
        suppress(everyone);
        Map<String, String> before = redis.dump("c1");

        SuppressionReport again = suppress(everyone);

        assertThat(again.withdrawals().withdrawnInAll()).isZero();
        assertThat(again.leftAsTheyWere()).isEqualTo(8);
        assertThat(redis.dump("c1")).isEqualTo(before);
        assertThat(redis.client().zrangeWithScores(keys.retries(), 0, -1)).isEmpty();
    }

    @Test
    void aSuppressionWhileALauncherClaimsLeavesNoSuppressedNumberCallableOrUncounted() throws Exception {
        List<PhoneNumber> numbers = queue(6_000);
        Set<PhoneNumber> suppressed = new HashSet<>();
        for (int i = 0; i < numbers.size(); i += 2) suppressed.add(numbers.get(i));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<Claim>> claiming = pool.submit(() -> {
                List<Claim> claims = new ArrayList<>();
                for (List<Claim> batch = launcher.claim(7, NOW, LEASE); !batch.isEmpty(); batch = launcher.claim(7, NOW, LEASE)) {
                    claims.addAll(batch);
                }
                return claims;
            });
            SuppressionReport report = suppress(suppressed.toArray(PhoneNumber[]::new));
            List<Claim> claims = claiming.get();

            assertThat(report.withdrawals().withdrawn() + report.withdrawals().withdrawnInCall()).isEqualTo(3_000);
            assertThat(suppressed).allMatch(n -> state(n) == SubscriberCodes.WITHDRAWN || state(n) == SubscriberCodes.WITHDRAWN_IN_CALL);
            assertThat(claims).filteredOn(c -> suppressed.contains(c.number()))
                    .hasSize(report.withdrawals().withdrawnInCall())
                    .allMatch(c -> state(c.number()) == SubscriberCodes.WITHDRAWN_IN_CALL);
            assertCountersAddUp();
            assertThat(claimedFromNowOn()).doesNotContainAnyElementsOf(suppressed);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One number in each state: queued, due for a retry in three hours, on its first call, on its
     * retry, done, agreed, withdrawn before its first attempt; and one the campaign never had.
     */
    private void aCampaignInEveryState() {
        queue(RETRY_DUE, CALLING_FIRST, CALLING_RETRY, DONE, AGREED);
        Map<PhoneNumber, Claim> firsts = launcher.claim(10, NOW, LEASE).stream()
                .collect(Collectors.toMap(Claim::number, c -> c));
        assertThat(firsts).hasSize(5);
        launcher.settle(firsts.get(RETRY_DUE), RedisAttemptQueueTest.result(CallOutcome.NO_ANSWER), new RetryDecision.RetryNotBefore(NOW.plus(Duration.ofHours(3))));
        launcher.settle(firsts.get(CALLING_RETRY), RedisAttemptQueueTest.result(CallOutcome.BUSY), new RetryDecision.RetryNotBefore(NOW));
        launcher.settle(firsts.get(DONE), RedisAttemptQueueTest.result(CallOutcome.INVALID_NUMBER), new RetryDecision.Final(RetryDecision.Reason.OUTCOME_NOT_RETRIED));
        setState(AGREED, SubscriberCodes.AGREED); // as the dialog app records an answer
        launcher.settle(firsts.get(AGREED), RedisAttemptQueueTest.result(CallOutcome.ANSWERED), new RetryDecision.RetryNotBefore(NOW));
        assertThat(launcher.claim(10, NOW, LEASE)).containsExactly(new Claim(CALLING_RETRY, 2, NOW.plus(LEASE)));
        queue(QUEUED, WITHDRAWN);
        SubscriberBatch withdrawal = new SubscriberBatch(1);
        withdrawal.withdraw(WITHDRAWN);
        audience.apply(withdrawal);
        assertThat(EVERYONE.subList(0, 7)).extracting(this::state).containsExactly(SubscriberCodes.QUEUED,
                SubscriberCodes.RETRY_DUE, SubscriberCodes.CALLING_FIRST, SubscriberCodes.CALLING_RETRY, SubscriberCodes.DONE,
                SubscriberCodes.AGREED, SubscriberCodes.WITHDRAWN);
    }

    /** What every launcher would claim from now on, however long it waited, leases expired. */
    private List<PhoneNumber> claimedFromNowOn() {
        launcher.expireLeases(MUCH_LATER);
        List<PhoneNumber> claimed = new ArrayList<>();
        for (List<Claim> batch = launcher.claim(100, MUCH_LATER, LEASE); !batch.isEmpty(); batch = launcher.claim(100, MUCH_LATER, LEASE)) {
            batch.forEach(c -> claimed.add(c.number()));
        }
        return claimed;
    }

    private SuppressionReport suppress(PhoneNumber... numbers) throws Exception {
        StringBuilder list = new StringBuilder("msisdn\n");
        for (PhoneNumber n : numbers) list.append('0').append(n.national()).append('\n');
        SuppressionList lists = new SuppressionList();
        lists.read(Files.writeString(dir.resolve("suppress.txt"), list));
        return new AudienceSuppression(audience).run(lists);
    }

    private void queue(PhoneNumber... numbers) {
        SubscriberBatch batch = new SubscriberBatch(numbers.length);
        for (PhoneNumber n : numbers) batch.queue(n, 3);
        audience.apply(batch);
    }

    private List<PhoneNumber> queue(int n) {
        List<PhoneNumber> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) numbers.add(new PhoneNumber(912_000_000 + i * 37));
        queue(numbers.toArray(PhoneNumber[]::new));
        return numbers;
    }

    /** Every subscriber ever queued is in exactly one of these counts. */
    private void assertCountersAddUp() {
        Map<String, Long> c = counters();
        assertThat(c.getOrDefault("first-pending", 0L) + c.getOrDefault("withdrawn", 0L) + c.getOrDefault("calling", 0L)
                + c.getOrDefault("retry-pending", 0L) + c.getOrDefault("done", 0L)).isEqualTo(c.get("audience"));
    }

    private Map<String, Long> counters() {
        return redis.client().hgetAll(keys.counters()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Long.parseLong(e.getValue())));
    }

    private String code(PhoneNumber number) {
        byte[] value = redis.client().hget(keys.bucket(RedisKeys.bucketOf(number.national())),
                Integer.toString(RedisKeys.fieldOf(number.national())).getBytes());
        return value == null ? null : new String(value);
    }

    private int state(PhoneNumber number) {
        return SubscriberCodes.state(Integer.parseInt(code(number)));
    }

    private void setState(PhoneNumber number, int state) {
        int code = Integer.parseInt(code(number));
        redis.client().hset(keys.bucket(RedisKeys.bucketOf(number.national())),
                Integer.toString(RedisKeys.fieldOf(number.national())).getBytes(),
                Integer.toString(code - SubscriberCodes.state(code) + state).getBytes());
    }
}
