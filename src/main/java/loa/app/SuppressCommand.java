package loa.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import loa.audience.AudienceSuppression;
import loa.audience.SuppressionList;
import loa.audience.SuppressionReport;
import loa.campaign.AudienceQueue;
import loa.campaign.Campaign;
import loa.config.CampaignFile;
import loa.store.RedisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "suppress", mixinStandardHelpOptions = true,
        description = "Withdraw the numbers on suppression lists from a campaign already imported, also while it is "
                + "being called: nobody on them is called again. Safe to run again.")
final class SuppressCommand implements Callable<Integer> {
    @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
    Path campaignFile;

    @Parameters(paramLabel = "LIST", arity = "1..*", description = "lists of numbers never to call, one a line")
    List<Path> listFiles;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Campaign campaign = CampaignFile.load(campaignFile);
        SuppressionList suppressions = new SuppressionList();
        for (Path file : listFiles) suppressions.read(file);
        try (RedisStore redis = store.connect()) {
            AudienceQueue queue = redis.audienceQueue(campaign.id());
            if (queue.audienceSize() == 0) {
                throw new IllegalArgumentException("campaign " + campaign.id()
                        + " has no subscribers yet: give the lists to its import (--suppress)");
            }
            long started = System.nanoTime();
            SuppressionReport report = new AudienceSuppression(queue).run(suppressions);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Applied %d suppression lists to campaign %s in %.1f s%n", listFiles.size(), campaign.id(),
                    (System.nanoTime() - started) / 1e9);
            out.print(report.table());
            out.flush();
        }
        return 0;
    }
}
