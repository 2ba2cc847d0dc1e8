package loa.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import loa.campaign.PhoneNumber;
import loa.campaign.SmsLedger;
import loa.campaign.SmsReceipts;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** {@link SmsLedger} in Redis: records bucketed like subscribers, each move one Lua script. */
public final class RedisSmsLedger implements SmsLedger {
    private static final LuaScript CLAIM = LuaScript.load("sms-claim.lua");
    private static final LuaScript RESULT = LuaScript.load("sms-result.lua");
    private static final LuaScript RECEIPT = LuaScript.load("sms-receipt.lua");
    private static final LuaScript EXPIRE = LuaScript.load("sms-expire-claims.lua");
    private static final LuaScript RELEASE = LuaScript.load("sms-release.lua");
    private static final int EXPIRE_BATCH = 1000;
    private static final String SMS = "sms-";

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    public RedisSmsLedger(UnifiedJedis redis, String campaignId) {
        this.redis = redis;
        this.keys = new RedisKeys(campaignId);
    }

    @Override
    public boolean claim(String callId, PhoneNumber to, String smsId, String worker, Instant now) {
        int national = to.national();
        Object claimed = CLAIM.run(redis, keys(keys.call(callId), keys.smsBucket(RedisKeys.bucketOf(national)), keys.smsClaims(),
                keys.counters()), args(field(national), smsId, millis(now), worker, callId, Integer.toString(national)));
        return claimed != null;
    }

    @Override
    public void submitted(PhoneNumber to, String smsId, String worker, List<String> messageIds, Instant now) {
        result(to, smsId, worker, "submitted", String.join(",", messageIds), now);
    }

    @Override
    public void failed(PhoneNumber to, String smsId, String worker, String reason, Instant now) {
        result(to, smsId, worker, "failed", clean(reason), now);
    }

    @Override
    public void uncertain(PhoneNumber to, String smsId, String worker, String reason, Instant now) {
        result(to, smsId, worker, "uncertain", clean(reason), now);
    }

    @Override
    public void abandon(PhoneNumber to, String smsId, String worker, Instant now) {
        result(to, smsId, worker, "abandoned", "", now);
    }

    @Override
    public String receipt(String messageId, SmsReceipts.DeliveryState state, Instant at) {
        Object after = RECEIPT.run(redis, keys(keys.smsReceipts(), keys.counters(), keys.smsEarlyReceipts()),
                args(messageId, state.name().toLowerCase(java.util.Locale.ROOT), millis(at), keys.smsBucketPrefix()));
        return after == null ? null : new String((byte[]) after, StandardCharsets.UTF_8);
    }

    @Override
    public void heartbeat(String worker, Duration validFor, Map<String, String> report) {
        String key = keys.smsWorker(worker);
        try (AbstractTransaction beat = redis.multi()) {
            beat.del(key);
            beat.hset(key, Map.of("alive", "yes"));
            if (!report.isEmpty()) beat.hset(key, report);
            beat.pexpire(key, validFor.toMillis());
            beat.exec();
        }
    }

    @Override
    public Map<String, Map<String, String>> workers() {
        Map<String, Map<String, String>> workers = new TreeMap<>();
        ScanParams match = new ScanParams().match(keys.smsWorkerPrefix() + "*").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, match);
            for (String key : page.getResult()) {
                Map<String, String> report = new java.util.LinkedHashMap<>(redis.hgetAll(key));
                report.remove("alive");
                workers.put(key.substring(keys.smsWorkerPrefix().length()), report);
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return workers;
    }

    @Override
    public int expireClaims(Instant abandonedBefore, Instant now) {
        Instant lookedAt = now.minusSeconds(1); // a claim this fresh may not have its heartbeat yet
        int total = 0;
        int made;
        do {
            made = ((Long) EXPIRE.run(redis, keys(keys.smsClaims(), keys.counters()),
                    args(millis(lookedAt), millis(abandonedBefore), keys.smsBucketPrefix(), keys.smsWorkerPrefix(), millis(now),
                            Integer.toString(EXPIRE_BATCH)))).intValue();
            total += made;
        } while (made == EXPIRE_BATCH);
        return total;
    }

    @Override
    public boolean release(PhoneNumber to, Instant now) {
        int national = to.national();
        Object released = RELEASE.run(redis, keys(keys.smsBucket(RedisKeys.bucketOf(national)), keys.events(), keys.counters()),
                args(field(national), to.msisdn(), millis(now)));
        return ((Long) released) == 1L;
    }

    @Override
    public String recordOf(PhoneNumber to) {
        return redis.hget(keys.smsBucket(RedisKeys.bucketOf(to.national())), field(to.national()));
    }

    @Override
    public Map<String, Long> counters() {
        Map<String, Long> sms = new TreeMap<>();
        redis.hgetAll(keys.counters()).forEach((name, value) -> {
            if (name.startsWith(SMS)) sms.put(name, Long.parseLong(value));
        });
        return sms;
    }

    private void result(PhoneNumber to, String smsId, String worker, String result, String detail, Instant now) {
        int national = to.national();
        RESULT.run(redis, keys(keys.smsBucket(RedisKeys.bucketOf(national)), keys.smsClaims(), keys.smsReceipts(), keys.counters(),
                        keys.smsEarlyReceipts()),
                args(field(national), smsId, millis(now), worker, Integer.toString(national), result, detail));
    }

    /** A reason goes in a record whose fields are separated by '|'. */
    private static String clean(String reason) {
        return reason.replace('|', '/');
    }

    private static String field(int national) {
        return Integer.toString(RedisKeys.fieldOf(national));
    }

    private static String millis(Instant at) {
        return Long.toString(at.toEpochMilli());
    }

    private static List<byte[]> keys(String... names) {
        return args(names);
    }

    private static List<byte[]> args(String... values) {
        return java.util.Arrays.stream(values).map(v -> v.getBytes(StandardCharsets.UTF_8)).toList();
    }
}
