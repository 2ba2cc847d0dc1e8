package loa.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
        Map<String, String> all = new TreeMap<>();
        for (String key : client.keys("loa:{" + campaignId + "}:*")) {
            String value = switch (client.type(key)) {
                case "hash" -> new TreeMap<>(client.hgetAll(key)).toString();
                case "set" -> new TreeSet<>(client.smembers(key)).toString();
                default -> Integer.toHexString(Arrays.hashCode(client.get(key.getBytes(StandardCharsets.UTF_8))));
            };
            all.put(key.replace("{" + campaignId + "}", "{}"), value);
        }
        return all;
    }

    @Override
    public void close() {
        client.close();
        server.stop();
    }
}
