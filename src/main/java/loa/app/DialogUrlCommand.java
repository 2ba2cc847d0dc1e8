package loa.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import loa.campaign.Campaign;
import loa.campaign.DialogLinks;
import loa.campaign.PhoneNumber;
import loa.config.CampaignFile;
import loa.config.Settings;
import loa.store.RedisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "dialog-url", mixinStandardHelpOptions = true,
        description = "Register a test call and print its signed dialog URL, to point a voice browser at by hand. "
                + "A test call's answer is kept on the call only: no subscriber state, no SMS.")
final class DialogUrlCommand implements Callable<Integer> {
    @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
    Path campaignFile;

    @Option(names = "--msisdn", required = true, paramLabel = "NUMBER", description = "the number the test call stands for")
    String msisdn;

    @Option(names = "--base", paramLabel = "URL", description = "the web app's base URL (default: the public URL setting)")
    String base;

    @Option(names = "--valid-for", paramLabel = "DURATION", defaultValue = "PT24H",
            description = "how long the URL works, ISO-8601 (default ${DEFAULT-VALUE})")
    Duration validFor;

    @Mixin
    StoreOptions store;

    @Mixin
    WebOptions web;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Campaign campaign = CampaignFile.load(campaignFile);
        PhoneNumber number = PhoneNumber.parseOrNull(msisdn);
        if (number == null) throw new IllegalArgumentException("--msisdn: not a Vietnamese mobile number");
        Settings settings = store.settings();
        Clock clock = Clock.systemUTC();
        try (RedisStore redis = store.connect()) {
            String callId = redis.callRecords(clock).registerTest(campaign.id(), number, validFor);
            DialogLinks links = new DialogLinks(WebOptions.secret(settings, redis), clock);
            String url = links.entryUrl(base != null ? base : web.publicUrl(settings), campaign.id(), callId, number, validFor);
            spec.commandLine().getOut().println(url);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
