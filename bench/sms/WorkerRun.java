import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import loa.campaign.Campaign;
import loa.campaign.SmsLedger;
import loa.sms.SmsText;
import loa.store.RedisStore;

/**
 * The SMS worker end to end: `loa sms work` in a JVM of its own, on the Redis holding the agreed
 * subscribers, through the SMSC. Timed from the first claim it makes (the counters are read every
 * 5 ms) to the moment the SMSC's answer to the N-th SMS is recorded; then it is stopped as Ctrl-C
 * would. The worker's JVM starts cold, as in a campaign's first minute; the second half of the
 * SMS, timed alone, shows the pace of a warm one.
 */
final class WorkerRun {
    private static final long POLL_MILLIS = 5;
    private static final long TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(10);

    /** Two lines: the whole run, and its second half alone (the JVM warm by then). */
    static List<Figures> run(Campaign campaign, String smsc, int count, Path data, Path log) throws Exception {
        Process worker = new ProcessBuilder(List.of("java", "-jar", "target/loa.jar", "sms", "work", "--campaign",
                SmsBench.CAMPAIGN.toString(), "--data", data.toString(), "--smsc", smsc))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (RedisStore store = RedisStore.connect(null, data)) {
            SmsLedger ledger = store.smsLedger(campaign.id());
            long first = awaitCounter(ledger, worker, 1, true);
            long half = awaitCounter(ledger, worker, count / 2, false);
            long last = awaitCounter(ledger, worker, count, false);
            int notSubmitted = (int) (count - ledger.counters().getOrDefault("sms-submitted", 0L));
            int segments = SmsText.of(campaign.sms().text()).segmentCount();
            return List.of(new Figures(count, segments, last - first, notSubmitted),
                    new Figures(count - count / 2, segments, last - half, notSubmitted));
        } finally {
            worker.destroy();
            worker.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** When {@code count} SMS are claimed (or answered by the SMSC, and recorded: submitted, failed or uncertain). */
    private static long awaitCounter(SmsLedger ledger, Process worker, long count, boolean claimed) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (System.nanoTime() < deadline && worker.isAlive()) {
            Map<String, Long> counters = ledger.counters();
            long done = claimed ? counters.getOrDefault("sms-claimed", 0L) : answered(counters);
            if (done >= count) return System.nanoTime();
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("the worker " + (worker.isAlive() ? "did not get there in time" : "exited") + ": " + ledger.counters());
    }

    private static long answered(Map<String, Long> counters) {
        return counters.getOrDefault("sms-submitted", 0L) + counters.getOrDefault("sms-failed", 0L)
                + counters.getOrDefault("sms-uncertain", 0L);
    }
}
