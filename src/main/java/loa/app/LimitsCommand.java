package loa.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import loa.campaign.Campaign;
import loa.campaign.CampaignControl;
import loa.config.CampaignFile;
import loa.store.RedisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "limits", mixinStandardHelpOptions = true,
        description = "Change a campaign's new calls a second and channels while it runs (every launcher follows within "
                + "a second), or with neither flag print the limits in force.")
final class LimitsCommand implements Callable<Integer> {
    @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
    Path campaignFile;

    @Option(names = "--calls-per-second", paramLabel = "N", description = "new calls a second, above 0 (instead of the file's)")
    Double callsPerSecond;

    @Option(names = "--channels", paramLabel = "N", description = "simultaneous calls, above 0 (instead of the file's)")
    Integer channels;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        check(callsPerSecond == null || callsPerSecond > 0 && Double.isFinite(callsPerSecond),
                "--calls-per-second must be a number above 0");
        check(channels == null || channels > 0, "--channels must be a whole number above 0");
        Campaign campaign = CampaignFile.load(campaignFile);
        try (RedisStore redis = store.connect()) {
            CampaignControl control = redis.campaignControl(Clock.systemUTC());
            control.setLimits(campaign.id(), callsPerSecond, channels);
            spec.commandLine().getOut().println(new StatusReport(campaign, control.read(campaign.id())).limitsLine());
        }
        return 0;
    }

    private void check(boolean ok, String message) {
        if (!ok) throw new ParameterException(spec.commandLine(), message);
    }
}
