package loa.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import loa.campaign.Campaign;
import loa.campaign.CapacityPlan;
import loa.config.CampaignFile;
import loa.store.RedisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print the capacity arithmetic for a campaign's real audience: attempts, channel-seconds, "
                + "days at a number of channels, channels and calls a second to finish in a number of days.")
final class PlanCommand implements Callable<Integer> {
    @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
    Path campaignFile;

    @Option(names = "--audience", paramLabel = "N", description = "subscribers to plan for (default: those imported into the campaign)")
    Long audience;

    @Option(names = "--answer-rate", paramLabel = "R", defaultValue = "0.5", description = "share of attempts answered (default ${DEFAULT-VALUE})")
    double answerRate;

    @Option(names = "--answered-seconds", paramLabel = "S", description = "seconds an answered call lasts (default: the dialog's expected duration)")
    Double answeredSeconds;

    @Option(names = "--unanswered-seconds", paramLabel = "S", description = "seconds an unanswered attempt holds a channel (default: the ring time-out)")
    Double unansweredSeconds;

    @Option(names = "--retried-share", paramLabel = "R", defaultValue = "1.0", description = "share of unanswered attempts retried (default ${DEFAULT-VALUE})")
    double retriedShare;

    @Option(names = "--channels", paramLabel = "N", description = "simultaneous channels (default: the campaign's limit)")
    Integer channels;

    @Option(names = "--days", paramLabel = "D", defaultValue = "10", description = "days of windows to finish in (default ${DEFAULT-VALUE})")
    double days;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Campaign campaign = CampaignFile.load(campaignFile);
        check(answerRate >= 0 && answerRate <= 1, "--answer-rate must be from 0 to 1");
        check(retriedShare >= 0 && retriedShare <= 1, "--retried-share must be from 0 to 1");
        check(days > 0, "--days must be above 0");
        check(channels == null || channels > 0, "--channels must be above 0");
        long subscribers = audience != null ? audience : importedAudience(campaign);
        check(subscribers > 0, "campaign " + campaign.id() + " has no subscribers yet: import an audience, or give --audience N");
        CapacityPlan plan = new CapacityPlan(subscribers, new CapacityPlan.Assumptions(answerRate,
                answeredSeconds != null ? answeredSeconds : campaign.dialog().expectedDuration().toSeconds(),
                unansweredSeconds != null ? unansweredSeconds : campaign.calls().ringTimeout().toSeconds(),
                retriedShare), campaign.retry().maxAttempts(), campaign.windowSecondsPerDay());
        new PlanReport(campaign, plan, channels != null ? channels : campaign.calls().channels(), days)
                .print(spec.commandLine().getOut());
        return 0;
    }

    private long importedAudience(Campaign campaign) throws Exception {
        try (RedisStore redis = store.connect()) {
            return redis.audienceQueue(campaign.id()).audienceSize();
        }
    }

    private void check(boolean ok, String message) {
        if (!ok) throw new ParameterException(spec.commandLine(), message);
    }
}
