package loa.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import loa.campaign.Campaign;
import loa.campaign.RetryList;
import loa.config.CampaignFile;
import loa.store.RedisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "retries", mixinStandardHelpOptions = true,
        description = "Write the subscribers waiting for their retry as CSV (msisdn,due), earliest first, the due time "
                + "in the campaign's time zone; then how many, on standard error (standard output with --out).")
final class RetriesCommand implements Callable<Integer> {
    @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
    Path campaignFile;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "the file to write (default: standard output)")
    Path outFile;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Campaign campaign = CampaignFile.load(campaignFile);
        try (RedisStore redis = store.connect()) {
            RetryList retries = redis.retryList(campaign.id());
            if (outFile == null) {
                long count = write(retries, campaign.timeZone(), spec.commandLine().getOut(), "standard output");
                spec.commandLine().getErr().printf("%,d subscribers wait for a retry in %s%n", count, campaign.id());
                return 0;
            }
            try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
                long count = write(retries, campaign.timeZone(), csv, outFile.toString());
                spec.commandLine().getOut().printf("%,d subscribers wait for a retry in %s: written to %s%n", count,
                        campaign.id(), outFile);
            }
        }
        return 0;
    }

    /** Streams the list as it is read, a page at a time. */
    private static long write(RetryList retries, ZoneId zone, PrintWriter csv, String where) throws IOException {
        csv.write("msisdn,due\n");
        long count = retries.forEachDue((number, due) ->
                csv.append(number.msisdn()).append(',').append(Timestamps.local(due, zone)).append('\n'));
        if (csv.checkError()) throw new IOException("could not write the list to " + where);
        return count;
    }
}
