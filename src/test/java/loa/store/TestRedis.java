package loa.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/** A real Redis server for one test class, in its own folder, stopped when the class is done. */
public final class TestRedis implements AutoCloseable {
    private final LocalRedis server;
    private final URI uri;
    private final UnifiedJedis client;

    public TestRedis(Path dir) throws IOException {
        server = new LocalRedis(dir);
        uri = server.ensureRunning();
        client = new JedisPooled(uri);
    }

    public UnifiedJedis client() {
        return client;
    }

    public URI uri() {
        return uri;
    }

    /** Every key of a campaign and its content, with the campaign's id taken out, to compare two campaigns. */
    public Map<String, String> dump(String campaignId) {
        Map<String, Response<String>> types = new TreeMap<>();
        try (AbstractPipeline pipeline = client.pipelined()) {
            for (String key : client.keys("loa:{" + campaignId + "}:*")) types.put(key, pipeline.type(key));
        }
        Map<String, Response<?>> values = new TreeMap<>();
        try (AbstractPipeline pipeline = client.pipelined()) {
            types.forEach((key, type) -> values.put(key.replace("{" + campaignId + "}", "{}"), switch (type.get()) {
                case "hash" -> pipeline.hgetAll(key);
                case "set" -> pipeline.smembers(key);
                case "zset" -> pipeline.zrangeWithScores(key, 0, -1);
                case "stream" -> pipeline.xlen(key); // its entries' ids are times: the count is what compares
                default -> pipeline.get(key.getBytes(StandardCharsets.UTF_8));
            }));
        }
        Map<String, String> all = new TreeMap<>();
        values.forEach((key, response) -> all.put(key, describe(response.get())));
        return all;
    }

    private static String describe(Object value) {
        if (value instanceof Map<?, ?> map) return new TreeMap<>(map).toString();
        if (value instanceof Set<?> set) return new TreeSet<>(set).toString();
        if (value instanceof List<?> list) return list.toString();
        if (value instanceof Long count) return count.toString();
        return Integer.toHexString(Arrays.hashCode((byte[]) value));
    }

    @Override
    public void close() {
        client.close();
        server.stop();
    }
}
