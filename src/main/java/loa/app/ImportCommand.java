package loa.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import loa.audience.AudienceImport;
import loa.audience.ImportReport;
import loa.audience.SuppressionList;
import loa.campaign.Campaign;
import loa.config.CampaignFile;
import loa.store.RedisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Queue a campaign's audience from a CSV file: numbers normalised, duplicates dropped, "
                + "the campaign's rules and the suppression lists applied. Safe to run again.")
final class ImportCommand implements Callable<Integer> {
    @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
    Path campaignFile;

    @Option(names = "--suppress", paramLabel = "FILE", description = "a list of numbers never to call, one a line (repeatable)")
    List<Path> suppressionFiles = new ArrayList<>();

    @Parameters(paramLabel = "AUDIENCE.csv", description = "the audience file, with a header row")
    Path audienceFile;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Campaign campaign = CampaignFile.load(campaignFile);
        PrintWriter out = spec.commandLine().getOut();
        SuppressionList suppressions = new SuppressionList();
        for (Path file : suppressionFiles) suppressions.read(file);
        if (suppressions.problems().count() > 0) {
            out.printf("%,d suppression-list lines are not numbers and were skipped:%n", suppressions.problems().count());
            out.print(suppressions.problems().listed("  "));
        }
        try (RedisStore redis = store.connect(); ProgressBar bar = ProgressBar.onTerminal()) {
            long started = System.nanoTime();
            ImportReport report = new AudienceImport(campaign, redis.audienceQueue(campaign.id()), suppressions, bar)
                    .run(audienceFile);
            bar.close();
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("Imported %s into campaign %s in %.1f s (%,.0f lines/s)%n", audienceFile.getFileName(),
                    campaign.id(), seconds, report.linesRead() / seconds);
            out.print(report.table());
            out.flush();
        }
        return 0;
    }
}
