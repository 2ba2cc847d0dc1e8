package loa.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import loa.campaign.Campaign;
import loa.campaign.CampaignControl;
import loa.campaign.ControlState.Status;
import loa.config.CampaignFile;
import loa.store.RedisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code loa pause}, {@code resume} and {@code stop}: an operator's word to every launcher of a
 * campaign, which each reads from Redis within a second. One command, three statuses.
 */
final class ControlCommands {
    private ControlCommands() {
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Pause a campaign: its launchers start no new call until loa resume; the calls up end as usual.")
    static final class Pause extends WithReason {
        Pause() {
            super(Status.PAUSED);
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resume a paused or stopped campaign: its launchers call again, inside the windows.")
    static final class Resume extends Word {
        Resume() {
            super(Status.RUNNING);
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop a campaign: its launchers start no new call, let the calls up end, and exit. "
                    + "loa resume lets loa run call it again.")
    static final class Stop extends WithReason {
        Stop() {
            super(Status.STOPPED);
        }
    }

    abstract static class WithReason extends Word {
        @Option(names = "--reason", paramLabel = "TEXT", description = "why, shown with the status and in the launchers' logs")
        String reason = "";

        WithReason(Status status) {
            super(status);
        }

        @Override
        String reason() {
            return reason;
        }
    }

    /** Says the status, then prints the campaign's control word as it now stands. */
    abstract static class Word implements Callable<Integer> {
        @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
        Path campaignFile;

        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        private final Status status;

        Word(Status status) {
            this.status = status;
        }

        String reason() {
            return "";
        }

        @Override
        public Integer call() throws Exception {
            Campaign campaign = CampaignFile.load(campaignFile);
            try (RedisStore redis = store.connect()) {
                CampaignControl control = redis.campaignControl(Clock.systemUTC());
                control.set(campaign.id(), status, reason());
                spec.commandLine().getOut().println(new StatusReport(campaign, control.read(campaign.id())).statusLine());
            }
            return 0;
        }
    }
}
