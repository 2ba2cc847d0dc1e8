package loa.smsworker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import loa.campaign.Campaign;
import loa.campaign.EventFeed;
import loa.campaign.PhoneNumber;
import loa.campaign.RandomIds;
import loa.campaign.SmsGateway;
import loa.campaign.SmsLedger;
import loa.campaign.SmsRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Texts the campaign's SMS to every subscriber who agreed, once the call is over: it reads the
 * campaign's events as one of the group {@value #GROUP}, claims the subscriber's one SMS in the
 * {@link SmsLedger} (which only succeeds once both the agreement and the call's end are
 * recorded, and only once ever), and hands it to the {@link SmsGateway}. What the SMSC says
 * moves the SMS's record on; its receipts do, through {@link LedgerReceipts}.
 *
 * <p>A claim is vouched for by this worker's heartbeat. A worker that dies between a claim and
 * the SMSC's answer leaves a claim nobody vouches for: another worker's sweep makes it
 * uncertain — reported, never sent again by itself.
 */
public final class SmsWorker {
    private static final Logger log = LoggerFactory.getLogger(SmsWorker.class);
    public static final String GROUP = "sms";
    private static final Set<String> TRIGGERS = Set.of("answer", "ended", "sms-release");
    private static final int BATCH = 100;
    private static final Duration BLOCK = Duration.ofMillis(500);
    private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(2);
    /** How long a heartbeat vouches for this worker's claims: a few beats, so one late beat is no death. */
    private static final Duration HEARTBEAT_VALID = Duration.ofSeconds(10);
    /** Events another worker took and left this long are taken over. */
    private static final Duration TAKE_OVER_IDLE = Duration.ofSeconds(30);
    /** A claim this old is uncertain whatever its worker: no submission takes that long. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);
    /** Handled events are dropped from the feed about once a minute. */
    private static final int TRIM_EVERY_SWEEPS = 30;

    private final Campaign campaign;
    private final EventFeed feed;
    private final SmsLedger ledger;
    private final SmsGateway gateway;
    private final Clock clock;
    private final String instance = RandomIds.next(12);
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "loa-sms-sweep"));
    private volatile boolean running;
    private long sweeps;
    private Thread loop;

    public SmsWorker(Campaign campaign, EventFeed feed, SmsLedger ledger, SmsGateway gateway, Clock clock) {
        this.campaign = campaign;
        this.feed = feed;
        this.ledger = ledger;
        this.gateway = gateway;
        this.clock = clock;
    }

    public synchronized void start() {
        if (running) return;
        ledger.heartbeat(instance, HEARTBEAT_VALID, gateway.report());
        running = true;
        sweeper.scheduleWithFixedDelay(this::sweep, 0, HEARTBEAT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        loop = new Thread(this::loop, "loa-sms-" + campaign.id());
        loop.start();
        log.info("SMS worker {} of {} started", instance, campaign.id());
    }

    /** Stops reading events; the SMS handed to the gateway finish there. */
    public void stop() throws InterruptedException {
        synchronized (this) {
            if (!running) return;
            running = false;
        }
        loop.join();
        sweeper.shutdown();
        sweeper.awaitTermination(5, TimeUnit.SECONDS);
        log.info("SMS worker {} of {} stopped", instance, campaign.id());
    }

    /** This worker's instance id, as its claims name it. */
    public String instance() {
        return instance;
    }

    private void loop() {
        while (running) {
            try {
                List<EventFeed.Event> events = feed.read(GROUP, instance, BATCH, BLOCK);
                if (events.isEmpty()) events = feed.takeOver(GROUP, instance, TAKE_OVER_IDLE, BATCH);
                List<String> handled = new ArrayList<>(events.size());
                try {
                    for (EventFeed.Event event : events) {
                        handle(event);
                        handled.add(event.id());
                    }
                } finally {
                    feed.ack(GROUP, handled); // the rest stay pending, and are taken over again later
                }
            } catch (RuntimeException e) {
                log.warn("SMS worker step failed; trying again in a second: {}", e.toString());
                rest();
            }
        }
    }

    private void handle(EventFeed.Event event) {
        if (!TRIGGERS.contains(event.type()) || event.callId() == null || event.msisdn() == null) return;
        PhoneNumber to = PhoneNumber.parseOrNull(event.msisdn());
        if (to == null) return;
        String smsId = RandomIds.next(16);
        if (!ledger.claim(event.callId(), to, smsId, instance, clock.instant())) return;
        log.debug("texting {} (call {}, SMS {})", to.masked(), event.callId(), smsId);
        try {
            gateway.submit(new SmsRequest(smsId, to, campaign.sms().sender(), campaign.sms().text()), new Results(to));
        } catch (RejectedExecutionException notTaken) {
            ledger.abandon(to, smsId, instance, clock.instant());
            throw notTaken;
        }
    }

    private void sweep() {
        try {
            ledger.heartbeat(instance, HEARTBEAT_VALID, gateway.report());
            Instant now = clock.instant();
            int uncertain = ledger.expireClaims(now.minus(ABANDONED), now);
            if (sweeps++ % TRIM_EVERY_SWEEPS == 0) feed.trimHandled(GROUP);
            if (uncertain > 0) log.warn("{}: {} SMS claimed by a worker that died before the SMSC answered are uncertain "
                    + "(loa sms status; release them with loa sms release)", campaign.id(), uncertain);
        } catch (RuntimeException e) {
            log.warn("SMS sweep failed: {}", e.toString());
        }
    }

    private static void rest() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the gateway says of one SMS, into its record. */
    private final class Results implements loa.campaign.SmsEvents {
        private final PhoneNumber to;

        Results(PhoneNumber to) {
            this.to = to;
        }

        @Override
        public void onSubmitted(String smsId, List<String> messageIds) {
            record(smsId, () -> ledger.submitted(to, smsId, instance, messageIds, clock.instant()));
        }

        @Override
        public void onFailed(String smsId, String reason) {
            log.warn("SMS {} to {} failed: {}", smsId, to.masked(), reason);
            record(smsId, () -> ledger.failed(to, smsId, instance, reason, clock.instant()));
        }

        @Override
        public void onUncertain(String smsId, String reason) {
            log.warn("SMS {} to {} is uncertain: {}", smsId, to.masked(), reason);
            record(smsId, () -> ledger.uncertain(to, smsId, instance, reason, clock.instant()));
        }

        /** A record that cannot be written leaves the claim, which the sweep reports uncertain in time. */
        private void record(String smsId, Runnable write) {
            try {
                write.run();
            } catch (RuntimeException e) {
                log.error("could not record what became of SMS {}: it will be reported uncertain ({})", smsId, e.toString());
            }
        }
    }
}
