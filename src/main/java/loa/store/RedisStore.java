package loa.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import loa.campaign.AudienceQueue;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/** loa's Redis: the one the settings name, or the one loa runs in the data folder when they name none. */
public final class RedisStore implements AutoCloseable {
    private final UnifiedJedis redis;

    private RedisStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    /**
     * @param configured {@code redis://[user:pass@]host:port}, or null for the Redis in {@code dataDir}
     * @throws IllegalArgumentException when {@code configured} is not a Redis address
     * @throws IOException when Redis cannot be started or reached
     */
    public static RedisStore connect(String configured, Path dataDir) throws IOException {
        URI uri = configured == null ? new LocalRedis(dataDir).ensureRunning() : parse(configured);
        JedisPooled redis = new JedisPooled(uri);
        try {
            redis.ping();
        } catch (JedisException e) {
            redis.close();
            throw new IOException("cannot reach Redis at " + uri.getHost() + ":" + uri.getPort() + ": " + e.getMessage(), e);
        }
        return new RedisStore(redis);
    }

    public AudienceQueue audienceQueue(String campaignId) {
        return new RedisAudienceQueue(redis, new RedisKeys(campaignId));
    }

    @Override
    public void close() {
        redis.close();
    }

    private static URI parse(String configured) {
        if (configured.contains(",")) {
            throw new IllegalArgumentException("--redis: several seeds (Redis Cluster) are not supported yet; give one redis://host:port");
        }
        URI uri;
        try {
            uri = URI.create(configured);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--redis: '" + configured + "' is not a URI; write redis://host:port");
        }
        boolean redisScheme = "redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme());
        if (!redisScheme || uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("--redis: '" + configured + "' is not redis://host:port");
        }
        return uri;
    }
}
