package loa.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import loa.campaign.Answer;
import loa.campaign.AnswerRecord;
import loa.campaign.CallRecords;
import loa.campaign.PhoneNumber;
import loa.campaign.RandomIds;
import redis.clients.jedis.UnifiedJedis;

/** {@link CallRecords} in Redis: a hash per call, the answer recorded by one Lua script. */
public final class RedisCallRecords implements CallRecords {
    private static final LuaScript RECORD = LuaScript.load("record-answer.lua");
    private static final int ID_LENGTH = 20; // 100 bits

    private final UnifiedJedis redis;
    private final Clock clock;

    public RedisCallRecords(UnifiedJedis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public String register(String campaignId, PhoneNumber number, int attempt) {
        if (attempt < 1) throw new IllegalArgumentException("attempts count from 1");
        String id = newId();
        redis.hset(new RedisKeys(campaignId).call(id), fields(number, attempt));
        return id;
    }

    @Override
    public String registerTest(String campaignId, PhoneNumber number, Duration keepFor) {
        String id = newId();
        String key = new RedisKeys(campaignId).call(id);
        redis.hset(key, fields(number, 0));
        redis.pexpire(key, keepFor.toMillis());
        return id;
    }

    @Override
    public Optional<Answer> recordAnswer(String campaignId, String callId, PhoneNumber number, AnswerRecord record) {
        RedisKeys keys = new RedisKeys(campaignId);
        int national = number.national();
        Object answer = RECORD.run(redis,
                List.of(bytes(keys.call(callId)), bytes(keys.events()), keys.bucket(RedisKeys.bucketOf(national)),
                        bytes(keys.counters())),
                List.of(bytes(number.msisdn()), bytes(record.answer().label()), bytes(record.key()),
                        bytes(Long.toString(record.at().toEpochMilli())), bytes(record.voiceBrowserSession()),
                        bytes(record.dialogVersion()), bytes(record.stage()),
                        bytes(record.heard() == null ? "" : Long.toString(record.heard().toMillis())),
                        bytes(Integer.toString(SubscriberCodes.of(record.answer()))),
                        bytes(Integer.toString(RedisKeys.fieldOf(national)))));
        return answer == null ? Optional.empty() : Optional.of(Answer.byLabel(new String((byte[]) answer, StandardCharsets.US_ASCII)));
    }

    private Map<String, String> fields(PhoneNumber number, int attempt) {
        return Map.of("msisdn", number.msisdn(), "attempt", Integer.toString(attempt),
                "created-at", Long.toString(clock.millis()));
    }

    private static String newId() {
        return RandomIds.next(ID_LENGTH);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
