package loa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import loa.audience.SampleAudience;
import loa.store.TestRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import killed with SIGKILL half way, then run again, ends exactly where one clean run ends. */
class KilledImportTest {
    private static final Path CAMPAIGN = Path.of("campaigns/bluezone.yaml");

    @TempDir
    Path dir;

    @Test
    void anImportKilledHalfWayAndRunAgainEndsLikeACleanRun() throws Exception {
        try (TestRedis redis = new TestRedis(dir.resolve("data"))) {
            String uri = redis.uri().toString();
            Path audience = dir.resolve("audience.csv");
            new SampleAudience(11).write(audience, 200_000);
            Path clean = Files.writeString(dir.resolve("clean.yaml"), Files.readString(CAMPAIGN).replace("id: bluezone", "id: clean"));
            assertThat(loa("import", "--campaign", clean.toString(), "--redis", uri, audience.toString())).isZero();
            long everyone = Long.parseLong(redis.client().hget("loa:{clean}:counters", "audience"));
            LongSupplier queued = () -> {
                String n = redis.client().hget("loa:{bluezone}:counters", "audience");
                return n == null ? 0 : Long.parseLong(n);
            };

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "import", "--campaign", CAMPAIGN.toString(), "--redis", uri, audience.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            await(() -> queued.getAsLong() > 0 || !child.isAlive(), Duration.ofSeconds(60));
            assertThat(child.isAlive()).as("the import is still running when it is killed").isTrue();
            child.destroyForcibly().waitFor();

            assertThat(queued.getAsLong()).as("queued when killed").isPositive().isLessThan(everyone);
            assertThat(loa("import", "--campaign", CAMPAIGN.toString(), "--redis", uri, audience.toString())).isZero();
            assertThat(queued.getAsLong()).isEqualTo(everyone);
            assertThat(redis.dump("bluezone")).isEqualTo(redis.dump("clean"));
        }
    }

    private static int loa(String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not true within " + timeout);
            Thread.sleep(1);
        }
    }
}
