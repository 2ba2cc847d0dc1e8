package loa.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import loa.campaign.Campaign;
import loa.config.CampaignFile;
import loa.store.RedisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print a campaign's control word (status, reason, since), the call limits in force and its "
                + "progress: where its subscribers are and how the attempts ended.")
final class StatusCommand implements Callable<Integer> {
    @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
    Path campaignFile;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Campaign campaign = CampaignFile.load(campaignFile);
        PrintWriter out = spec.commandLine().getOut();
        try (RedisStore redis = store.connect()) {
            StatusReport report = new StatusReport(campaign, redis.campaignControl(Clock.systemUTC()).read(campaign.id()));
            out.println(report.statusLine());
            out.println(report.limitsLine());
            report.printProgress(out, redis.attemptQueue(campaign.id()).progress());
            out.flush();
        }
        return 0;
    }
}
