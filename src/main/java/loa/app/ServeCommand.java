package loa.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import loa.campaign.Campaign;
import loa.campaign.DialogLinks;
import loa.config.CampaignFile;
import loa.config.Settings;
import loa.store.RedisStore;
import loa.vxml.DialogServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web app voice browsers fetch the dialogs and prompts from, until stopped (Ctrl-C, SIGTERM).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    WebOptions web;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = store.settings();
        List<Campaign> campaigns = CampaignFile.loadAll(web.campaignsDir(settings));
        Clock clock = Clock.systemUTC();
        try (RedisStore redis = store.connect()) {
            DialogLinks links = new DialogLinks(WebOptions.secret(settings, redis), clock);
            DialogServer server = new DialogServer(web.config(settings), campaigns, redis.callRecords(clock), links, clock);
            server.start();
            spec.commandLine().getOut().printf("Serving the dialogs of %s on port %d; voice browsers fetch %s/vxml/<campaign>%n",
                    campaigns.stream().map(Campaign::id).toList(), server.port(), web.publicUrl(settings));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "serve-stop"));
            stopped.await();
        }
        return 0;
    }
}
