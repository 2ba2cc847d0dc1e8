package loa.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import loa.campaign.Campaign;
import loa.campaign.PhoneNumber;
import loa.campaign.SmsLedger;
import loa.config.CampaignFile;
import loa.config.Setting;
import loa.sms.SmscSettings;
import loa.store.RedisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sms", mixinStandardHelpOptions = true,
        description = "The campaign's SMS: `status` prints how many are queued, submitted, delivered, failed and "
                + "uncertain; `release NUMBER...` lets uncertain ones (checked not to have arrived) be sent once more; "
                + "`work` runs an SMS worker alone (no launcher, no web app) until Ctrl-C.")
final class SmsCommand implements Callable<Integer> {
    enum Action { status, release, work }

    /** The counters in the order they are printed, with their labels. */
    private static final Map<String, String> LABELS = new java.util.LinkedHashMap<>();

    static {
        LABELS.put("sms-claimed", "claimed (an SMS owed: agreed and the call over)");
        LABELS.put("sms-submitted", "submitted (the SMSC took every segment)");
        LABELS.put("sms-delivered", "  delivered (a receipt for every segment)");
        LABELS.put("sms-undelivered", "  undelivered (a segment's receipt said so)");
        LABELS.put("sms-expired", "  expired (a segment's receipt said so)");
        LABELS.put("sms-failed", "failed (the SMSC refused it)");
        LABELS.put("sms-uncertain", "uncertain now (sent or not: check, then release)");
        LABELS.put("sms-released", "released by an operator");
    }

    @Parameters(index = "0", paramLabel = "ACTION", description = "status or release")
    Action action;

    @Parameters(index = "1..*", paramLabel = "NUMBER", description = "for release: the subscribers whose uncertain SMS may go again")
    List<String> numbers = new ArrayList<>();

    @Option(names = "--campaign", required = true, paramLabel = "FILE", description = "the campaign file")
    Path campaignFile;

    @Option(names = "--smsc", paramLabel = "URI", description = "for work: smpp://system_id:password@host:port[?options] (env LOA_SMSC)")
    String smsc;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Campaign campaign = CampaignFile.load(campaignFile);
        List<PhoneNumber> released = parse();
        PrintWriter out = spec.commandLine().getOut();
        SmscSettings smscSettings = action == Action.work
                ? SmscSettings.parse("the SMSC (--smsc or LOA_SMSC)", store.settings().value(Setting.SMSC, smsc)) : null;
        try (RedisStore redis = store.connect()) {
            SmsLedger ledger = redis.smsLedger(campaign.id());
            if (action == Action.work) {
                work(out, campaign, redis, smscSettings);
            } else if (action == Action.status) {
                status(out, campaign, ledger.counters());
                ledger.workers().forEach((worker, report) -> {
                    out.printf("SMS worker %s%n", worker);
                    report.forEach((name, value) -> out.printf("  %-14s %s%n", name, value));
                });
            } else {
                for (PhoneNumber number : released) {
                    boolean done = ledger.release(number, Clock.systemUTC().instant());
                    out.printf("%s: %s%n", number.msisdn(), done ? "released: its SMS goes again" : "not uncertain: left as it is");
                }
            }
        }
        return 0;
    }

    /** Texts the campaign's agreements until Ctrl-C or SIGTERM, then lets the SMS in flight finish. */
    private static void work(PrintWriter out, Campaign campaign, RedisStore redis, SmscSettings smsc) throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            interrupted.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sms-stop"));
        try (SmsRun sms = SmsRun.start(campaign, redis, smsc, Clock.systemUTC())) {
            out.printf("Texting the agreements of %s through %s until Ctrl-C%n", campaign.id(), smsc);
            out.flush();
            interrupted.await();
        } finally {
            stopped.countDown();
        }
    }

    private List<PhoneNumber> parse() {
        if (action != Action.release && !numbers.isEmpty()) throw new IllegalArgumentException(action + " takes no numbers");
        if (action == Action.release && numbers.isEmpty()) throw new IllegalArgumentException("release: give the numbers to release");
        List<PhoneNumber> parsed = new ArrayList<>();
        for (String raw : numbers) {
            PhoneNumber number = PhoneNumber.parseOrNull(raw);
            if (number == null) throw new IllegalArgumentException("release: '" + raw + "' is not a Vietnamese mobile number");
            parsed.add(number);
        }
        return parsed;
    }

    private static void status(PrintWriter out, Campaign campaign, Map<String, Long> counters) {
        long claimed = counters.getOrDefault("sms-claimed", 0L);
        long answered = counters.getOrDefault("sms-submitted", 0L) + counters.getOrDefault("sms-failed", 0L)
                + counters.getOrDefault("sms-uncertain", 0L) + counters.getOrDefault("sms-released", 0L);
        out.printf("SMS of %s%n", campaign.id());
        out.printf("  %,12d  queued (claimed, the SMSC has not answered yet)%n", claimed - answered);
        LABELS.forEach((counter, label) -> out.printf("  %,12d  %s%n", counters.getOrDefault(counter, 0L), label));
    }
}
