package loa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import loa.audience.AudienceImport;
import loa.audience.ImportProgress;
import loa.audience.ImportReport;
import loa.audience.SuppressionList;
import loa.campaign.CallOutcome;
import loa.campaign.Campaign;
import loa.campaign.Claim;
import loa.campaign.PhoneNumber;
import loa.campaign.RetryDecision;
import loa.config.CampaignFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.UnifiedJedis;

/** Imports into a real Redis server: what lands where, and what a second or interrupted run does. */
class RedisAudienceImportTest {
    static final String HEADER = "msisdn,smartphone,bluezone_installed,subscriber_type,vip,business_contact,loyalty_tier,province";
    static final String AUDIENCE = "\uFEFF" + String.join("\r\n",
            HEADER,
            "0912345601,yes,no,prepaid,no,no,silver,Hà Nội",          // 2 queued
            "+84912345602,Y,N,postpaid,N,N,,\"Huế, Việt Nam\"",       // 3 queued
            "84701234567,1,0,prepaid,0,0,member,Hà Nội",              // 4 queued
            "0912345604,no,no,prepaid,no,no,,Hà Nội",                 // 5 not a smartphone
            "0912345605,yes,có,prepaid,no,no,,Hà Nội",                // 6 Bluezone installed
            "0912345606,yes,no,Fast Connect,no,no,,Hà Nội",           // 7 a data-only subscription
            "0912345607,yes,no,prepaid,yes,no,,Hà Nội",               // 8 VIP
            "0912345608,yes,no,prepaid,no,x,,Hà Nội",                 // 9 a business contact
            "0912345609,yes,no,prepaid,no,no,Kim cương,Hà Nội",       // 10 diamond
            "0912345610,yes,no,prepaid,no,no,,Hà Nội",                // 11 suppressed
            "84912345601,yes,no,prepaid,no,no,,Hà Nội",               // 12 duplicate of line 2
            "0241234567,yes,no,prepaid,no,no,,Hà Nội",                // 13 invalid: a landline
            "0912345613,maybe,no,prepaid,no,no,,Hà Nội",              // 14 invalid: not yes or no
            "0912345614,yes,no",                                      // 15 invalid: too few fields
            "",                                                       // 16 invalid: empty
            "0912345616,yes,no,prepaid,no,no,platinum,Hà Nội") + "\r\n"; // 17 invalid: unknown tier

    @TempDir
    static Path data;
    static TestRedis redis;
    static Campaign campaign;

    @TempDir
    Path dir;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(data);
        campaign = CampaignFile.load(Path.of("campaigns/bluezone.yaml"));
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
    void everyLineIsCountedOnceUnderWhatHappenedToIt() throws Exception {
        ImportReport report = importAudience(campaign, write(AUDIENCE), suppressing("0912345610"));
        assertThat(report.linesRead()).isEqualTo(16);
        assertThat(report.queued()).isEqualTo(3);
        assertThat(report.excluded()).containsExactly(Map.entry("not-smartphone", 1L), Map.entry("bluezone-installed", 1L),
                Map.entry("data-only-subscription", 1L), Map.entry("vip", 1L), Map.entry("business-contact", 1L),
                Map.entry("loyalty-gold-diamond", 1L));
        assertThat(report.suppressed()).isEqualTo(1);
        assertThat(report.duplicate()).isEqualTo(1);
        assertThat(report.invalid().count()).isEqualTo(5);
        assertThat(report.sumOfCounts()).isEqualTo(report.linesRead());
        assertThat(report.invalid().first()).containsExactly(
                "line 13: msisdn: '0241***567' is not a Vietnamese mobile number",
                "line 14: smartphone: 'maybe' is not one of yes/y/true/t/1/x/có/co or no/n/false/f/0/không/khong",
                "line 15: 3 fields where the header has 8",
                "line 16: an empty line",
                "line 17: loyalty_tier: 'platinum' is not one of diamond (kim cương), gold (vàng), titanium (titan), "
                        + "silver (bạc), member (standard, thân thiết) or none (empty, -, không)");
    }

    @Test
    void theEligibleAreQueuedInTheirBucketsAndNobodyElseIs() throws Exception {
        importAudience(campaign, write(AUDIENCE), suppressing("0912345610"));
        RedisKeys keys = new RedisKeys("bluezone");
        UnifiedJedis r = redis.client();
        assertThat(r.hgetAll(keys.bucket(9123456))).hasSize(2);
        assertThat(state(keys, "0912345601")).isEqualTo(SubscriberCodes.QUEUED);
        assertThat(state(keys, "0912345602")).isEqualTo(SubscriberCodes.QUEUED);
        assertThat(state(keys, "0701234567")).isEqualTo(SubscriberCodes.QUEUED);
        for (String notQueued : new String[] {"0912345604", "0912345607", "0912345610", "0912345613"}) {
            assertThat(code(keys, notQueued)).as(notQueued).isNull();
        }
        assertThat(r.hget(keys.counters(), "audience")).isEqualTo("3");
        assertThat(r.hget(keys.counters(), "first-pending")).isEqualTo("3");
        assertThat(r.getbit(keys.firstAttemptBuckets(), 9123456)).isTrue();
        assertThat(r.getbit(keys.firstAttemptBuckets(), 7012345)).isTrue();
        assertThat(r.bitcount(keys.firstAttemptBuckets())).isEqualTo(2);
    }

    @Test
    void provincesAreKeptAsCodes() throws Exception {
        importAudience(campaign, write(AUDIENCE), new SuppressionList());
        RedisKeys keys = new RedisKeys("bluezone");
        Map<String, String> provinces = redis.client().hgetAll(keys.provinces());
        assertThat(provinces).containsOnlyKeys("Hà Nội", "Huế, Việt Nam");
        assertThat(SubscriberCodes.province(Integer.parseInt(code(keys, "0912345602"))))
                .isEqualTo(Integer.parseInt(provinces.get("Huế, Việt Nam")));
    }

    @Test
    void importingTheSameFileTwiceQueuesNobodyTwiceAndChangesNothing() throws Exception {
        Path file = write(AUDIENCE);
        importAudience(campaign, file, new SuppressionList());
        RedisKeys keys = new RedisKeys("bluezone");
        PhoneNumber called = PhoneNumber.parse("0912345601");
        redis.client().hset(keys.bucket(RedisKeys.bucketOf(called.national())), "1".getBytes(), "7".getBytes()); // as if a launcher moved on
        Map<String, String> before = dump("bluezone");

        ImportReport again = importAudience(campaign, file, new SuppressionList());

        assertThat(again.queued()).isZero();
        assertThat(again.alreadyQueued()).isEqualTo(4);
        assertThat(dump("bluezone")).isEqualTo(before);
    }

    @Test
    void aNumberSuppressedAfterAnEarlierImportIsWithdrawnFromTheQueue() throws Exception {
        Path file = write(AUDIENCE);
        importAudience(campaign, file, new SuppressionList());
        ImportReport again = importAudience(campaign, file, suppressing("0912345601"));
        RedisKeys keys = new RedisKeys("bluezone");
        assertThat(again.withdrawn()).isEqualTo(1);
        assertThat(again.table()).contains("1 numbers queued before were withdrawn: a later line or list excluded them");
        assertThat(state(keys, "0912345601")).isEqualTo(SubscriberCodes.WITHDRAWN);
        assertThat(state(keys, "0912345602")).isEqualTo(SubscriberCodes.QUEUED);
        assertThat(redis.client().hget(keys.counters(), "first-pending")).isEqualTo("3");
        assertThat(redis.client().hget(keys.counters(), "audience")).isEqualTo("4");
    }

    @Test
    void aLaterImportsSuppressionListAlsoReachesANumberDueForARetryAndOneInACall() throws Exception {
        Path file = write(AUDIENCE);
        importAudience(campaign, file, new SuppressionList());
        RedisAttemptQueue launcher = new RedisAttemptQueue(redis.client(), "bluezone");
        Instant now = Instant.parse("2026-11-25T02:00:00Z");
        Map<PhoneNumber, Claim> claims = launcher.claim(10, now, Duration.ofMinutes(2)).stream()
                .collect(Collectors.toMap(Claim::number, c -> c));
        launcher.settle(claims.get(PhoneNumber.parse("0912345601")), RedisAttemptQueueTest.result(CallOutcome.BUSY),
                new RetryDecision.RetryNotBefore(now.plusSeconds(3600)));

        ImportReport again = importAudience(campaign, file, suppressing("0912345601", "0912345602"));

        RedisKeys keys = new RedisKeys("bluezone");
        assertThat(again.withdrawn()).isEqualTo(2);
        assertThat(again.table()).contains("2 numbers queued before were withdrawn: a later line or list excluded them\n"
                + "  of them 1 were due for a retry, and 1 in a call now, which is their last\n");
        assertThat(state(keys, "0912345601")).isEqualTo(SubscriberCodes.WITHDRAWN);
        assertThat(state(keys, "0912345602")).isEqualTo(SubscriberCodes.WITHDRAWN_IN_CALL);
        assertThat(redis.client().zcard(keys.retries())).isZero();
    }

    @Test
    void aLaterLineThatMakesANumberNeverCallWithdrawsIt() throws Exception {
        ImportReport report = importAudience(campaign, write(HEADER + "\n"
                + "0912345601,yes,no,prepaid,no,no,,\n"
                + "0912345602,yes,no,prepaid,no,no,,\n"
                + "84912345601,yes,no,prepaid,yes,no,,\n"), new SuppressionList());
        RedisKeys keys = new RedisKeys("bluezone");
        assertThat(report.queued()).isEqualTo(2);
        assertThat(report.duplicate()).isEqualTo(1);
        assertThat(report.withdrawn()).isEqualTo(1);
        assertThat(state(keys, "0912345601")).isEqualTo(SubscriberCodes.WITHDRAWN);
        assertThat(redis.client().hget(keys.counters(), "first-pending")).isEqualTo("1");
    }

    @Test
    void aNumberFirstSeenOnAnUnreadableLineIsNeverQueued() throws Exception {
        ImportReport report = importAudience(campaign, write(HEADER + "\n"
                + "0912345601,yes,no,prepaid,no,no,platinum,\n"
                + "0912345601,yes,no,prepaid,no,no,,\n"), new SuppressionList());
        assertThat(report.invalid().count()).isEqualTo(1);
        assertThat(report.duplicate()).isEqualTo(1);
        assertThat(report.queued()).isZero();
        assertThat(code(new RedisKeys("bluezone"), "0912345601")).isNull();
    }

    @Test
    void anImportStoppedHalfWayAndRunAgainEndsLikeACleanRun() throws Exception {
        String lines = sampleAudience(20_000);
        Path file = dir.resolve("audience.csv");
        importAudience(withId("clean"), Files.writeString(file, lines), new SuppressionList());
        importAudience(withId("resumed"), Files.writeString(file, lines.substring(0, lines.length() / 2)), new SuppressionList());
        importAudience(withId("resumed"), Files.writeString(file, lines), new SuppressionList());
        Map<String, String> clean = withoutImportRecords(dump("clean"));
        Map<String, String> resumed = withoutImportRecords(dump("resumed")); // a killed run records no counts
        assertThat(clean).hasSizeGreaterThan(1000);
        assertThat(resumed.entrySet()).filteredOn(e -> !e.getValue().equals(clean.get(e.getKey()))).isEmpty();
        assertThat(resumed).isEqualTo(clean);
    }

    @Test
    void aFullBucketStaysInRedisCompactEncoding() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 10_000; i++) csv.append("09123").append(String.format("%05d", i)).append(",yes,no,prepaid,no,no,,\n");
        ImportReport report = importAudience(campaign, write(csv.toString()), new SuppressionList());
        assertThat(report.queued()).isEqualTo(10_000);
        RedisKeys keys = new RedisKeys("bluezone");
        long bytes = 0;
        for (int bucket = 9123000; bucket < 9123100; bucket++) {
            assertThat(redis.client().objectEncoding(new String(keys.bucket(bucket)))).isIn("listpack", "ziplist");
            bytes += redis.client().memoryUsage(keys.bucket(bucket));
        }
        assertThat(bytes / report.queued()).as("bytes of Redis memory a subscriber").isLessThanOrEqualTo(8);
    }

    static ImportReport importAudience(Campaign c, Path file, SuppressionList suppressions) throws Exception {
        RedisAudienceQueue queue = new RedisAudienceQueue(redis.client(), new RedisKeys(c.id()));
        return new AudienceImport(c, queue, suppressions, ImportProgress.NONE).run(file);
    }

    static Campaign withId(String id) throws Exception {
        return CampaignFile.parse("c.yaml", Files.readString(Path.of("campaigns/bluezone.yaml")).replace("id: bluezone", "id: " + id));
    }

    private static Map<String, String> withoutImportRecords(Map<String, String> dump) {
        dump.keySet().removeIf(key -> key.contains(":import"));
        return dump;
    }

    static Map<String, String> dump(String id) {
        return redis.dump(id);
    }

    private String sampleAudience(int lines) throws Exception {
        Path file = dir.resolve("sample.csv");
        new loa.audience.SampleAudience(7).write(file, lines);
        return Files.readString(file);
    }

    private Integer state(RedisKeys keys, String number) {
        return SubscriberCodes.state(Integer.parseInt(code(keys, number)));
    }

    private static String code(RedisKeys keys, String number) {
        int national = PhoneNumber.parse(number).national();
        byte[] value = redis.client().hget(keys.bucket(RedisKeys.bucketOf(national)),
                Integer.toString(RedisKeys.fieldOf(national)).getBytes());
        return value == null ? null : new String(value);
    }

    private SuppressionList suppressing(String... numbers) throws Exception {
        SuppressionList list = new SuppressionList();
        list.read(Files.writeString(dir.resolve("suppress.txt"), "msisdn\n" + String.join("\n", numbers) + "\n"));
        return list;
    }

    private int files;

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("audience-" + files++ + ".csv"), text);
    }
}
