import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import loa.audience.AudienceImport;
import loa.audience.ImportProgress;
import loa.audience.ImportReport;
import loa.audience.SuppressionList;
import loa.campaign.AudienceQueue;
import loa.campaign.SubscriberBatch;
import loa.config.CampaignFile;
import loa.store.RedisKeys;
import loa.store.SubscriberCodes;

/**
 * The baseline of bench/import: the same subscribers loa queues, written as the Redis protocol
 * (one HSETNX each, into the same bucket layout) for redis-cli --pipe. It runs loa's own reader
 * and rules with a queue that writes a file instead of Redis, so both sides hold the same people
 * (the baseline leaves out loa's withdrawals of excluded numbers, which cost loa a little).
 *
 * Usage: java -cp target/loa.jar bench/ImportBaseline.java CAMPAIGN.yaml AUDIENCE.csv OUT.resp
 */
public class ImportBaseline {
    public static void main(String[] args) throws Exception {
        var campaign = CampaignFile.load(Path.of(args[0]));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 20)) {
            RespQueue queue = new RespQueue(out, new RedisKeys(campaign.id() + "-baseline"));
            ImportReport report = new AudienceImport(campaign, queue, new SuppressionList(), ImportProgress.NONE)
                    .run(Path.of(args[1]));
            System.out.println(report.queued());
        }
    }

    /** Writes HSETNX commands; one thread at a time, since the import's writers call it concurrently. */
    static final class RespQueue implements AudienceQueue {
        private final OutputStream out;
        private final RedisKeys keys;
        private final Map<String, Integer> provinces = new HashMap<>();

        RespQueue(OutputStream out, RedisKeys keys) {
            this.out = out;
            this.keys = keys;
        }

        @Override
        public synchronized Applied apply(SubscriberBatch batch) {
            try {
                for (int i = 0; i < batch.size(); i++) {
                    if (batch.isWithdrawal(i)) continue;
                    int national = batch.national(i);
                    int value = SubscriberCodes.encode(SubscriberCodes.QUEUED, batch.provinceCode(i));
                    out.write("*4\r\n$6\r\nHSETNX\r\n".getBytes(StandardCharsets.US_ASCII));
                    bulk(keys.bucket(RedisKeys.bucketOf(national)));
                    bulk(Integer.toString(RedisKeys.fieldOf(national)).getBytes(StandardCharsets.US_ASCII));
                    bulk(Integer.toString(value).getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Applied(batch.queuedCount(), 0, 0, 0);
        }

        private void bulk(byte[] bytes) throws IOException {
            out.write(('$' + Integer.toString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write('\r');
            out.write('\n');
        }

        @Override
        public synchronized int provinceCode(String province) {
            return provinces.computeIfAbsent(province, p -> provinces.size() + 1);
        }

        @Override
        public void recordImport(String source, Map<String, Long> counts) {
        }

        @Override
        public long audienceSize() {
            return 0;
        }
    }
}
