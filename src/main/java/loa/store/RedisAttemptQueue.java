package loa.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import loa.campaign.AttemptQueue;
import loa.campaign.AttemptResult;
import loa.campaign.CampaignProgress;
import loa.campaign.Claim;
import loa.campaign.PhoneNumber;
import loa.campaign.RetryDecision;
import redis.clients.jedis.UnifiedJedis;

/**
 * The {@link AttemptQueue} in Redis: subscriber states in the bucket hashes, leases and due
 * retries in two sorted sets, each operation one Lua script. See {@link SubscriberCodes} for the
 * states and their moves.
 */
public final class RedisAttemptQueue implements AttemptQueue {
    private static final LuaScript CLAIM = LuaScript.load("claim-attempts.lua");
    private static final LuaScript SETTLE = LuaScript.load("settle-attempt.lua");
    private static final LuaScript EXPIRE = LuaScript.load("expire-leases.lua");
    /** Leases settled by one script run, so that a long backlog does not block Redis. */
    private static final int EXPIRE_BATCH = 1000;
    private static final String OUTCOME = "outcome:";
    private static final String ANSWER = "answer:";

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    public RedisAttemptQueue(UnifiedJedis redis, String campaignId) {
        this.redis = redis;
        this.keys = new RedisKeys(campaignId);
    }

    @Override
    public List<Claim> claim(int max, Instant now, Duration lease) {
        if (max <= 0) return List.of();
        long expiry = now.plus(lease).toEpochMilli();
        List<?> flat = (List<?>) CLAIM.run(redis,
                List.of(bytes(keys.counters()), bytes(keys.firstAttemptBuckets()), bytes(keys.claimCursor()),
                        bytes(keys.leases()), bytes(keys.retries())),
                List.of(bytes(keys.bucketPrefix()), number(max), number(now.toEpochMilli()), number(expiry)));
        List<Claim> claims = new ArrayList<>(flat.size() / 2);
        for (int i = 0; i < flat.size(); i += 2) {
            int national = ((Long) flat.get(i)).intValue();
            int attempt = ((Long) flat.get(i + 1)).intValue();
            claims.add(new Claim(new PhoneNumber(national), attempt, Instant.ofEpochMilli(expiry)));
        }
        return claims;
    }

    @Override
    public boolean settle(Claim claim, AttemptResult result, RetryDecision decision) {
        int national = claim.number().national();
        String due = decision instanceof RetryDecision.RetryNotBefore retry
                ? Long.toString(retry.notBefore().toEpochMilli()) : "final";
        String connected = result.answered() == null ? "" : Long.toString(result.answered().toEpochMilli());
        Object settled = SETTLE.run(redis,
                List.of(bytes(keys.counters()), bytes(keys.leases()), bytes(keys.retries()),
                        keys.bucket(RedisKeys.bucketOf(national)), bytes(keys.call(result.callId())), bytes(keys.events())),
                List.of(number(RedisKeys.fieldOf(national)), number(national), number(claim.attempt()),
                        number(claim.leaseExpiry().toEpochMilli()), bytes(due), bytes(result.outcome().label()),
                        bytes(result.callId()), number(result.sipStatus()), number(result.started().toEpochMilli()),
                        bytes(connected), number(result.ended().toEpochMilli()), bytes(result.window().toString()),
                        bytes(claim.number().msisdn())));
        return ((Long) settled) == 1L;
    }

    @Override
    public int expireLeases(Instant now) {
        int total = 0;
        int settled;
        do {
            settled = ((Long) EXPIRE.run(redis,
                    List.of(bytes(keys.counters()), bytes(keys.leases()), bytes(keys.retries()), bytes(keys.events())),
                    List.of(bytes(keys.bucketPrefix()), number(now.toEpochMilli()), number(EXPIRE_BATCH)))).intValue();
            total += settled;
        } while (settled == EXPIRE_BATCH);
        return total;
    }

    @Override
    public CampaignProgress progress() {
        Map<String, String> counters = redis.hgetAll(keys.counters());
        Map<String, Long> outcomes = new HashMap<>();
        Map<String, Long> answers = new HashMap<>();
        counters.forEach((name, value) -> {
            if (name.startsWith(OUTCOME)) outcomes.put(name.substring(OUTCOME.length()), Long.parseLong(value));
            if (name.startsWith(ANSWER)) answers.put(name.substring(ANSWER.length()), Long.parseLong(value));
        });
        return new CampaignProgress(count(counters, "audience"), count(counters, "withdrawn"),
                count(counters, "first-pending"), count(counters, "retry-pending"), count(counters, "calling"),
                count(counters, "done"), count(counters, "attempts"), outcomes, answers);
    }

    private static long count(Map<String, String> counters, String name) {
        String value = counters.get(name);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] number(long n) {
        return Long.toString(n).getBytes(StandardCharsets.US_ASCII);
    }
}
