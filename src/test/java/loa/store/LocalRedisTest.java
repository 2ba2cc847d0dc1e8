package loa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.JedisPooled;

class LocalRedisTest {
    @TempDir
    Path data;

    @AfterEach
    void stopServer() {
        new LocalRedis(data).stop();
    }

    @Test
    void aSecondCommandOnTheSameDataFindsTheRunningServer() throws Exception {
        URI first = new LocalRedis(data).ensureRunning();
        URI second = new LocalRedis(data).ensureRunning();
        assertThat(second).isEqualTo(first);
        assertThat(new LocalRedis(data).running()).contains(first);
    }

    @Test
    void commandsStartingSideBySideShareOneServer() throws Exception {
        var a = CompletableFuture.supplyAsync(() -> start(data));
        var b = CompletableFuture.supplyAsync(() -> start(data));
        assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(b.get(30, TimeUnit.SECONDS));
    }

    @Test
    void whatWasWrittenSurvivesAStopAndAStart() throws Exception {
        try (JedisPooled redis = new JedisPooled(new LocalRedis(data).ensureRunning())) {
            redis.set("kept", "yes");
        }
        assertThat(new LocalRedis(data).stop()).isTrue();
        assertThat(new LocalRedis(data).running()).isEmpty();
        try (JedisPooled redis = new JedisPooled(new LocalRedis(data).ensureRunning())) {
            assertThat(redis.get("kept")).isEqualTo("yes");
            assertThat(redis.info("persistence")).contains("aof_enabled:1");
        }
    }

    @Test
    void theDataFolderAndThePasswordAreTheOwnersAlone() throws Exception {
        new LocalRedis(data).ensureRunning();
        Path redisDir = data.resolve("redis");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(redisDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(redisDir.resolve("server.properties"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(redisDir.resolve("server.properties"))).containsPattern("version=\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void dataWrittenByAnotherMajorVersionIsNotOpenedEmpty() throws Exception {
        new LocalRedis(data).ensureRunning();
        new LocalRedis(data).stop();
        Path state = data.resolve("redis/server.properties");
        Files.writeString(state, Files.readString(state).replaceAll("version=\\S+", "version=99.0.0"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LocalRedis(data).ensureRunning())
                .hasMessageContaining("was written by redis-server 99.0.0");
    }

    @Test
    void theServerAsksForAPassword() throws Exception {
        URI uri = new LocalRedis(data).ensureRunning();
        URI withoutPassword = URI.create("redis://" + uri.getHost() + ":" + uri.getPort());
        try (JedisPooled redis = new JedisPooled(withoutPassword)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> redis.get("x")).hasMessageContaining("NOAUTH");
        }
    }

    /** What a fresh machine without Redis runs: the server shipped in the embedded-redis jar. */
    @Test
    void theRedisShippedInTheEmbeddedRedisJarServesAndKeepsItsData() throws Exception {
        Path shipped = RedisBinary.extractShipped(data.resolve("bin"));
        assertThat(RedisBinary.of(shipped).version()).startsWith("6.2.");
        try (JedisPooled redis = new JedisPooled(new LocalRedis(data, shipped).ensureRunning())) {
            redis.set("kept", "yes");
            assertThat(redis.info("server")).contains("redis_version:6.2");
        }
        assertThat(new LocalRedis(data).stop()).isTrue();
        try (JedisPooled redis = new JedisPooled(new LocalRedis(data, shipped).ensureRunning())) {
            assertThat(redis.get("kept")).isEqualTo("yes");
        }
    }

    private static URI start(Path data) {
        try {
            return new LocalRedis(data).ensureRunning();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
