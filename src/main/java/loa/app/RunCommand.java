package loa.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import loa.campaign.Answer;
import loa.campaign.Campaign;
import loa.campaign.CampaignProgress;
import loa.campaign.ControlState;
import loa.campaign.DialogLinks;
import loa.campaign.SmsLedger;
import loa.config.CampaignFile;
import loa.config.Setting;
import loa.config.Settings;
import loa.dialer.Launcher;
import loa.sip.SipAddress;
import loa.sip.SipCallPlacer;
import loa.sms.SmscSettings;
import loa.store.RedisStore;
import loa.vxml.DialogServer;
import loa.vxml.HttpDialogProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a campaign: the launcher calls its subscribers inside its windows, and the web app serves "
                + "their dialog. Runs until the campaign is finished or stopped (loa stop), or Ctrl-C, which lets "
                + "the calls in progress end first.")
final class RunCommand implements Callable<Integer> {
    /** How often {@code run} looks whether the campaign is finished or stopped. */
    private static final Duration WATCH = Duration.ofSeconds(1);

    @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
    Path campaignFile;

    @Option(names = "--trunk", paramLabel = "URI", description = "sip:host:port of the operator's SBC / outbound proxy (env LOA_TRUNK)")
    String trunk;

    @Option(names = "--voice-browser", paramLabel = "URI", description = "sip:host:port of the voice browser (env LOA_VOICE_BROWSER)")
    String voiceBrowser;

    @Option(names = "--sip-port", paramLabel = "PORT", description = "the launcher's SIP port, UDP (env LOA_SIP_PORT; default 5060; 0: any free one)")
    String sipPort;

    @Option(names = "--sip-bind", paramLabel = "ADDRESS", description = "the launcher's SIP address (env LOA_SIP_BIND; default 127.0.0.1)")
    String sipBind;

    @Option(names = "--smsc", paramLabel = "URI", description = "smpp://system_id:password@host:port[?options] of the SMSC "
            + "(env LOA_SMSC); without it no SMS is sent by this process, and agreed subscribers wait for a worker that has one")
    String smsc;

    @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "how often a progress line is logged, ISO-8601 (default ${DEFAULT-VALUE})")
    Duration progressEvery;

    @Mixin
    StoreOptions store;

    @Mixin
    WebOptions web;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Campaign campaign = CampaignFile.load(campaignFile);
        Settings settings = store.settings();
        SipAddress trunkAddress = SipAddress.parse("the trunk (--trunk or LOA_TRUNK)", settings.value(Setting.TRUNK, trunk));
        SipAddress browser = SipAddress.parse("the voice browser (--voice-browser or LOA_VOICE_BROWSER)",
                settings.value(Setting.VOICE_BROWSER, voiceBrowser));
        int port = sipPort(settings);
        String smscUri = settings.value(Setting.SMSC, smsc);
        SmscSettings smscSettings = smscUri == null ? null : SmscSettings.parse("the SMSC (--smsc or LOA_SMSC)", smscUri);
        Clock clock = Clock.systemUTC();
        PrintWriter out = spec.commandLine().getOut();
        try (RedisStore redis = store.connect()) {
            DialogLinks links = new DialogLinks(WebOptions.secret(settings, redis), clock);
            DialogServer server = new DialogServer(web.config(settings), List.of(campaign), redis.callRecords(clock), links, clock);
            server.start();
            SipCallPlacer placer = new SipCallPlacer(settings.value(Setting.SIP_BIND, sipBind), port, trunkAddress.host(),
                    trunkAddress.port(), browser.host(), browser.port());
            placer.start();
            String publicUrl = web.publicUrl(settings);
            Launcher.Parts parts = new Launcher.Parts(redis.attemptQueue(campaign.id()), redis.callRecords(clock), placer,
                    redis.campaignControl(clock), links, publicUrl);
            out.printf("Running %s: calling through %s from SIP port %d, dialogs at %s/vxml/%s; Ctrl-C lets the calls up end, then stops%n",
                    campaign.id(), trunkAddress, placer.port(), publicUrl, campaign.id());
            out.flush();
            CountDownLatch interrupted = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                interrupted.countDown();
                awaitQuietly(stopped);
            }, "run-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            if (smscSettings == null) out.println("No SMSC set (--smsc or LOA_SMSC): no SMS goes out from this process");
            try (SmsRun sms = smscSettings == null ? null : SmsRun.start(campaign, redis, smscSettings, clock);
                 CampaignRun run = CampaignRun.start(campaign, parts, new HttpDialogProbe(HttpDialogProbe.Config.DEFAULTS), placer,
                         clock, progressEvery)) {
                String end = watch(run, sms != null ? redis.smsLedger(campaign.id()) : null, parts, campaign, interrupted);
                out.println(end);
                out.flush();
            } finally {
                placer.stop();
                server.stop();
                stopped.countDown();
            }
            if (interrupted.getCount() > 0) Runtime.getRuntime().removeShutdownHook(hook);
        }
        return 0;
    }

    /**
     * Waits for the campaign to finish (nobody waiting, nobody on a call, and, with an SMS worker
     * here, every SMS owed answered by the SMSC), be stopped, or Ctrl-C; says which.
     */
    private static String watch(CampaignRun run, SmsLedger sms, Launcher.Parts parts, Campaign campaign,
                                CountDownLatch interrupted) throws InterruptedException {
        while (!interrupted.await(WATCH.toMillis(), TimeUnit.MILLISECONDS)) {
            ControlState control = parts.control().read(campaign.id());
            if (control.status() == ControlState.Status.STOPPED) {
                return campaign.id() + " stopped" + (control.reason().isEmpty() ? "" : ": " + control.reason());
            }
            CampaignProgress progress = run.progress();
            if (progress.isFinished() && run.launcher().inFlight() == 0 && (sms == null || allTexted(sms, progress))) {
                return String.format("%s finished: %,d subscribers, %,d attempts, %,d answered", campaign.id(),
                        progress.audience() - progress.withdrawn(), progress.attempts(), progress.outcome(loa.campaign.CallOutcome.ANSWERED));
            }
        }
        return "interrupted: the calls in progress were let end";
    }

    /** Every agreement has had its SMS answered by the SMSC: submitted, failed or uncertain. */
    private static boolean allTexted(SmsLedger sms, CampaignProgress progress) {
        Map<String, Long> counters = sms.counters();
        long answered = counters.getOrDefault("sms-submitted", 0L) + counters.getOrDefault("sms-failed", 0L)
                + counters.getOrDefault("sms-uncertain", 0L);
        return answered >= progress.answer(Answer.AGREED);
    }

    private int sipPort(Settings settings) {
        return WebOptions.portNumber("the SIP port (--sip-port or LOA_SIP_PORT)", settings.value(Setting.SIP_PORT, sipPort));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
