package loa.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import loa.campaign.AudienceQueue;
import loa.campaign.SubscriberBatch;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

/**
 * The {@link AudienceQueue} in Redis: bucketed subscriber hashes, filled and withdrawn from by
 * one Lua script per batch. A withdrawal changes the subscriber's state in its bucket, as a claim
 * does, so the two are atomic with each other: a launcher claiming meanwhile never gets a
 * withdrawn number (see {@link SubscriberCodes}).
 */
public final class RedisAudienceQueue implements AudienceQueue {
    private static final LuaScript QUEUE = LuaScript.load("queue-first-attempts.lua");
    private static final LuaScript PROVINCE = LuaScript.load("province-code.lua");
    private static final byte[] WITHDRAW = {'-'};

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    public RedisAudienceQueue(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Applied apply(SubscriberBatch batch) {
        List<byte[]> keyList = new ArrayList<>(batch.size() + 3);
        List<byte[]> args = new ArrayList<>(batch.size() * 3);
        keyList.add(bytes(keys.counters()));
        keyList.add(bytes(keys.firstAttemptBuckets()));
        keyList.add(bytes(keys.retries()));
        for (int i = 0; i < batch.size(); i++) {
            int national = batch.national(i);
            int bucket = RedisKeys.bucketOf(national);
            keyList.add(keys.bucket(bucket));
            args.add(number(RedisKeys.fieldOf(national)));
            args.add(batch.isWithdrawal(i) ? WITHDRAW : number(SubscriberCodes.encode(SubscriberCodes.QUEUED, batch.provinceCode(i))));
            args.add(number(bucket));
        }
        List<?> counts = (List<?>) QUEUE.run(redis, keyList, args);
        return new Applied(count(counts, 0), count(counts, 1), count(counts, 2), count(counts, 3));
    }

    @Override
    public int provinceCode(String province) {
        Object code = PROVINCE.run(redis, List.of(bytes(keys.provinces())), List.of(bytes(province)));
        return ((Long) code).intValue();
    }

    @Override
    public void recordImport(String source, Map<String, Long> counts) {
        Map<String, String> fields = new HashMap<>();
        counts.forEach((name, n) -> fields.put(name, Long.toString(n)));
        String key = keys.importOf(source);
        try (AbstractTransaction tx = redis.multi()) {
            tx.del(key);
            tx.hset(key, fields);
            tx.sadd(keys.imports(), source);
            tx.exec();
        }
    }

    @Override
    public long audienceSize() {
        String n = redis.hget(keys.counters(), "audience");
        return n == null ? 0 : Long.parseLong(n);
    }

    private static int count(List<?> counts, int i) {
        return ((Long) counts.get(i)).intValue();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] number(int n) {
        return Integer.toString(n).getBytes(StandardCharsets.US_ASCII);
    }
}
