package loa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import loa.audience.SampleAudience;
import loa.campaign.AttemptQueue;
import loa.campaign.AttemptResult;
import loa.campaign.CallOutcome;
import loa.campaign.Claim;
import loa.campaign.RetryDecision;
import loa.campaign.WindowId;
import loa.store.RedisKeys;
import loa.store.RedisStore;
import loa.store.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pause, resume, stop, limits, status and retries as an operator types them, against a real Redis. */
class OperatorCommandsTest {
    static final String CAMPAIGN = "campaigns/bluezone.yaml";
    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    /** The afternoon window of 25 November in Hanoi, 15:30 local. */
    static final Instant AFTERNOON = Instant.parse("2026-11-25T08:30:00Z");

    @TempDir
    static Path dir;
    static TestRedis redis;

    final String control = new RedisKeys("bluezone").control();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(dir.resolve("redis"));
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void emptyRedis() {
        redis.client().flushAll();
    }

    @Test
    void pauseWritesTheOperatorsReasonWhereEveryLauncherReadsIt() {
        assertThat(loa("pause", "--reason", "the SBC is being upgraded")).isZero();

        assertThat(redis.client().hgetAll(control)).containsEntry("status", "paused")
                .containsEntry("reason", "the SBC is being upgraded").containsKey("since");
        assertThat(out.toString()).matches("bluezone: paused since 2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00: "
                + "the SBC is being upgraded\n");
    }

    @Test
    void resumeLiftsAPauseAndStopEndsTheCampaignWithItsReason() {
        loa("pause");
        assertThat(loa("resume")).isZero();
        assertThat(redis.client().hgetAll(control)).containsEntry("status", "running").containsEntry("reason", "");

        assertThat(loa("stop", "--reason", "the brief is over")).isZero();
        assertThat(redis.client().hgetAll(control)).containsEntry("status", "stopped").containsEntry("reason", "the brief is over");
        assertThat(out.toString()).containsPattern("\nbluezone: stopped since [^\n]+: the brief is over\n$");
    }

    @Test
    void limitsOverrideTheFilesOneAtATimeAndPrintTheLimitsInForce() {
        assertThat(loa("limits", "--calls-per-second", "12.5")).isZero();
        assertThat(redis.client().hgetAll(control)).containsEntry("calls-per-second", "12.5").doesNotContainKey("channels");

        assertThat(loa("limits", "--channels", "400")).isZero();
        assertThat(loa("limits")).isZero();

        assertThat(redis.client().hgetAll(control)).containsEntry("calls-per-second", "12.5").containsEntry("channels", "400");
        assertThat(out.toString()).isEqualTo("""
                bluezone: 12.5 calls a second (set by loa limits; the file says 30), 1,000 channels (the file's)
                bluezone: 12.5 calls a second (set by loa limits; the file says 30), 400 channels (set by loa limits; the file says 1,000)
                bluezone: 12.5 calls a second (set by loa limits; the file says 30), 400 channels (set by loa limits; the file says 1,000)
                """);
    }

    @Test
    void limitsThatAreNotAboveZeroExitWithTwoAndNameTheFlag() {
        assertThat(loa("limits", "--channels", "0")).isEqualTo(2);
        assertThat(loa("limits", "--calls-per-second", "-1")).isEqualTo(2);
        assertThat(loa("limits", "--calls-per-second", "NaN")).isEqualTo(2);
        assertThat(loa("limits", "--channels", "many")).isEqualTo(2);

        assertThat(err.toString().lines().filter(line -> line.startsWith("--") || line.startsWith("Invalid")))
                .containsExactly("--channels must be a whole number above 0", "--calls-per-second must be a number above 0",
                        "--calls-per-second must be a number above 0", "Invalid value for option '--channels': 'many' is not an int");
        assertThat(redis.client().exists(control)).isFalse();
    }

    @Test
    void retriesAreWrittenEarliestFirstWithTheirDueTimeInTheCampaignsTimeZone() throws Exception {
        List<Claim> claims = fourAttemptsSettled();

        assertThat(loa("retries")).isZero();

        String csv = "msisdn,due\n"
                + claims.get(2).number().msisdn() + ",2026-11-25T15:29:00+07:00\n"
                + firstOf(claims.get(0), claims.get(1)) + ",2026-11-25T15:30:00+07:00\n"
                + secondOf(claims.get(0), claims.get(1)) + ",2026-11-25T15:30:00+07:00\n";
        assertThat(out.toString()).isEqualTo(csv);
        assertThat(err.toString()).isEqualTo("3 subscribers wait for a retry in bluezone\n");

        out.getBuffer().setLength(0);
        Path file = dir.resolve("retries.csv");
        assertThat(loa("retries", "--out", file.toString())).isZero();
        assertThat(Files.readString(file)).isEqualTo(csv);
        assertThat(out.toString()).isEqualTo("3 subscribers wait for a retry in bluezone: written to " + file + "\n");
    }

    @Test
    void statusPrintsTheControlWordTheLimitsAndTheCounters() throws Exception {
        fourAttemptsSettled();
        loa("pause", "--reason", "maintenance");
        out.getBuffer().setLength(0);

        assertThat(loa("status")).isZero();

        assertThat(out.toString()).startsWith("bluezone: paused since ")
                .contains(": maintenance\nbluezone: 30 calls a second (the file's), 1,000 channels (the file's)\n")
                .containsPattern("\naudience \\(subscribers ever queued\\) +407\n"
                        + "  withdrawn +0\n"
                        + "  waiting for a first call +403\n"
                        + "  waiting for a retry +3\n"
                        + "  calling now +0\n"
                        + "  done +1\n"
                        + "attempts +4\n"
                        + "  answered +0\n"
                        + "  no-answer +2\n"
                        + "  busy +1\n"
                        + "  unreachable +0\n"
                        + "  invalid-number +1\n");
    }

    /** 407 subscribers imported; four called: two no-answers and a busy due again, an invalid number done. */
    private List<Claim> fourAttemptsSettled() throws Exception {
        Path audience = dir.resolve("audience.csv");
        new SampleAudience(3).write(audience, 1_000);
        assertThat(run("import", "--campaign", CAMPAIGN, "--redis", redis.uri().toString(), audience.toString())).isZero();
        out.getBuffer().setLength(0);
        try (RedisStore store = RedisStore.connect(redis.uri().toString(), dir)) {
            AttemptQueue queue = store.attemptQueue("bluezone");
            List<Claim> claims = queue.claim(4, NOW, Duration.ofMinutes(2));
            settle(queue, claims.get(0), CallOutcome.NO_ANSWER, new RetryDecision.RetryNotBefore(AFTERNOON));
            settle(queue, claims.get(1), CallOutcome.NO_ANSWER, new RetryDecision.RetryNotBefore(AFTERNOON));
            settle(queue, claims.get(2), CallOutcome.BUSY, new RetryDecision.RetryNotBefore(AFTERNOON.minusSeconds(60)));
            settle(queue, claims.get(3), CallOutcome.INVALID_NUMBER,
                    new RetryDecision.Final(RetryDecision.Reason.OUTCOME_NOT_RETRIED));
            return claims;
        }
    }

    private static void settle(AttemptQueue queue, Claim claim, CallOutcome outcome, RetryDecision decision) {
        AttemptResult result = new AttemptResult("call-" + claim.number().national(), outcome, 0, NOW, null,
                NOW.plusSeconds(30), new WindowId(LocalDate.of(2026, 11, 25), 0));
        assertThat(queue.settle(claim, result, decision)).isTrue();
    }

    private static String firstOf(Claim a, Claim b) {
        return a.number().national() < b.number().national() ? a.number().msisdn() : b.number().msisdn();
    }

    private static String secondOf(Claim a, Claim b) {
        return a.number().national() < b.number().national() ? b.number().msisdn() : a.number().msisdn();
    }

    /** Runs a command on the Bluezone campaign in the test's Redis. */
    private int loa(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--campaign", CAMPAIGN, "--redis", redis.uri().toString()));
        return run(all.toArray(String[]::new));
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
