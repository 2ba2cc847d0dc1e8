package loa.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import loa.campaign.PhoneNumber;
import loa.store.RedisKeys;
import loa.store.SubscriberCodes;
import redis.clients.jedis.UnifiedJedis;

/** Reads subscribers' states straight from their bucket hashes, for tests to compare with a simulator's logs. */
final class SubscriberStates {
    private final UnifiedJedis redis;
    private final RedisKeys keys;

    SubscriberStates(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** Each number's state ({@link SubscriberCodes}); 0 for a number the campaign does not have. */
    Map<PhoneNumber, Integer> of(List<PhoneNumber> numbers) {
        Map<PhoneNumber, Integer> states = new LinkedHashMap<>();
        for (PhoneNumber number : numbers) {
            byte[] code = redis.hget(keys.bucket(RedisKeys.bucketOf(number.national())),
                    Integer.toString(RedisKeys.fieldOf(number.national())).getBytes());
            states.put(number, code == null ? 0 : SubscriberCodes.state(Integer.parseInt(new String(code))));
        }
        return states;
    }
}
