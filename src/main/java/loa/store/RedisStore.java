package loa.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import loa.campaign.AttemptQueue;
import loa.campaign.AudienceQueue;
import loa.campaign.CampaignControl;
import loa.campaign.CallRecords;
import loa.campaign.EventFeed;
import loa.campaign.RetryList;
import loa.campaign.SmsLedger;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/** loa's Redis: the one the settings name, or the one loa runs in the data folder when they name none. */
public final class RedisStore implements AutoCloseable {
    private static final int POOL_SIZE = 64;
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
        JedisPooled redis = new JedisPooled(poolConfig(), uri);
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

    public CallRecords callRecords(Clock clock) {
        return new RedisCallRecords(redis, clock);
    }

    public AttemptQueue attemptQueue(String campaignId) {
        return new RedisAttemptQueue(redis, campaignId);
    }

    public SmsLedger smsLedger(String campaignId) {
        return new RedisSmsLedger(redis, campaignId);
    }

    public EventFeed eventFeed(String campaignId) {
        return new RedisEventFeed(redis, campaignId);
    }

    public CampaignControl campaignControl(Clock clock) {
        return new RedisCampaignControl(redis, clock);
    }

    public RetryList retryList(String campaignId) {
        return new RedisRetryList(redis, campaignId);
    }

    /** The installation's secret kept in Redis, made at random by the first node that asks. */
    public byte[] sharedSecret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        redis.setnx(RedisKeys.secret(), Base64.getEncoder().encodeToString(fresh));
        return Base64.getDecoder().decode(redis.get(RedisKeys.secret()));
    }

    /** Enough connections for a web app's request threads; a caller waits at most two seconds for one. */
    private static ConnectionPoolConfig poolConfig() {
        ConnectionPoolConfig config = new ConnectionPoolConfig();
        config.setMaxTotal(POOL_SIZE);
        config.setMaxIdle(POOL_SIZE);
        config.setMaxWait(Duration.ofSeconds(2));
        return config;
    }

    @Override
    public void close() {
        redis.close();
    }

    private static URI parse(String configured) {
        if (configured.contains(",")) {
            throw new IllegalArgumentException("the Redis address (--redis, LOA_REDIS or the settings file): several seeds "
                    + "(Redis Cluster) are not supported yet; give one redis://host:port");
        }
        URI uri;
        try {
            uri = URI.create(configured);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(notAnAddress(configured));
        }
        boolean redisScheme = "redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme());
        if (!redisScheme || uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException(notAnAddress(configured));
        }
        return uri;
    }

    private static String notAnAddress(String configured) {
        return "the Redis address (--redis, LOA_REDIS or the settings file) '" + configured + "' is not redis://host:port";
    }
}
