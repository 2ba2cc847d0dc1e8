package loa.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import loa.campaign.Campaign;
import loa.config.CampaignFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check campaign files and list every mistake, with its line and field.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CAMPAIGN.yaml", arity = "1..*", description = "campaign files")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path file : files) {
            Campaign campaign = CampaignFile.load(file);
            spec.commandLine().getOut().printf("%s: campaign %s is valid (%d rules, %d windows, %s)%n", file,
                    campaign.id(), campaign.audience().rules().size(), campaign.windows().size(), campaign.timeZone());
        }
        return 0;
    }
}
