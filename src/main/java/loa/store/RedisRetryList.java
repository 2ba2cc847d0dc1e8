package loa.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import loa.campaign.PhoneNumber;
import loa.campaign.RetryList;
import redis.clients.jedis.UnifiedJedis;

/** The {@link RetryList} from the campaign's retries sorted set, one page a script run ({@code retries-after.lua}). */
public final class RedisRetryList implements RetryList {
    private static final LuaScript PAGE = LuaScript.load("retries-after.lua");
    /** Retries read by one script run: small enough not to hold Redis up for the launchers. */
    static final int PAGE_SIZE = 1000;

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final int pageSize;

    public RedisRetryList(UnifiedJedis redis, String campaignId) {
        this(redis, campaignId, PAGE_SIZE);
    }

    RedisRetryList(UnifiedJedis redis, String campaignId, int pageSize) {
        this.redis = redis;
        this.keys = new RedisKeys(campaignId);
        this.pageSize = pageSize;
    }

    @Override
    public long forEachDue(BiConsumer<PhoneNumber, Instant> each) {
        long count = 0;
        String due = "";
        String member = "";
        List<?> page;
        do {
            page = (List<?>) PAGE.run(redis, List.of(bytes(keys.retries())),
                    List.of(bytes(Integer.toString(pageSize)), bytes(due), bytes(member)));
            for (int i = 0; i < page.size(); i += 2) {
                member = text(page.get(i));
                due = text(page.get(i + 1));
                each.accept(new PhoneNumber(Integer.parseInt(member)), Instant.ofEpochMilli((long) Double.parseDouble(due)));
                count++;
            }
        } while (page.size() == 2 * pageSize);
        return count;
    }

    private static String text(Object reply) {
        return new String((byte[]) reply, StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
