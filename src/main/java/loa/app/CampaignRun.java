package loa.app;

import java.time.Clock;
import java.time.Duration;
import loa.campaign.AttemptQueue;
import loa.campaign.CallOutcome;
import loa.campaign.CallingSchedule;
import loa.campaign.Campaign;
import loa.campaign.CampaignProgress;
import loa.campaign.DialogProbe;
import loa.campaign.PeerCheck;
import loa.campaign.WindowOccurrence;
import loa.dialer.DialogCheck;
import loa.dialer.Launcher;
import loa.dialer.SelfCheck;
import loa.schedule.Timetable;
import loa.schedule.WindowEdges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One campaign's launcher with its clockwork: the dialog checked now and every minute, leases of
 * dead launchers settled every few seconds, a line at each window edge and a progress line now
 * and then. {@code loa run} and the end-to-end tests start it the same way.
 */
final class CampaignRun implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CampaignRun.class);
    static final Duration DIALOG_CHECK_EVERY = Duration.ofMinutes(1);
    /** The trunk and the voice browser are asked every 10 s, and a campaign pauses after 3 misses in a row: within 30 s of an outage. */
    static final Duration PEER_CHECK_EVERY = Duration.ofSeconds(10);
    static final int PEER_STRIKES = 3;
    static final Duration EXPIRE_LEASES_EVERY = Duration.ofSeconds(5);
    static final String PEER_PAUSE_REASON = "network check failed: ";

    private final Campaign campaign;
    private final AttemptQueue queue;
    private final Clock clock;
    private final Launcher launcher;
    private final Timetable timetable;

    private CampaignRun(Campaign campaign, Launcher.Parts parts, Clock clock) {
        this.campaign = campaign;
        this.queue = parts.queue();
        this.clock = clock;
        this.launcher = new Launcher(campaign, parts, clock);
        this.timetable = new Timetable(campaign.id());
    }

    /**
     * Checks the dialog (through {@code probe}) and the trunk and voice browser ({@code peers})
     * once, then starts calling and the clockwork.
     */
    static CampaignRun start(Campaign campaign, Launcher.Parts parts, DialogProbe probe, PeerCheck peers, Clock clock,
                             Duration progressEvery) {
        CampaignRun run = new CampaignRun(campaign, parts, clock);
        DialogCheck dialog = new DialogCheck(campaign, parts.records(), parts.links(), parts.publicUrl(), probe);
        run.checkNowAndEvery(DIALOG_CHECK_EVERY,
                new SelfCheck(campaign.id(), parts.control(), DialogCheck.PAUSE_REASON, 1, dialog));
        run.checkNowAndEvery(PEER_CHECK_EVERY,
                new SelfCheck(campaign.id(), parts.control(), PEER_PAUSE_REASON, PEER_STRIKES, peers::problem));
        run.timetable.every(EXPIRE_LEASES_EVERY, run::expireLeases);
        run.timetable.every(progressEvery, run::logProgress);
        new WindowEdges(new CallingSchedule(campaign), clock, run.timetable, run.new EdgeLines()).start();
        run.timetable.start();
        run.launcher.start();
        return run;
    }

    private void checkNowAndEvery(Duration period, SelfCheck check) {
        check.run();
        timetable.every(period, check);
    }

    CampaignProgress progress() {
        return queue.progress();
    }

    Launcher launcher() {
        return launcher;
    }

    /** Stops calling, lets the calls in progress end (they are bounded by the campaign's call limits), and stops. */
    @Override
    public void close() throws InterruptedException {
        Duration drain = campaign.calls().ringTimeout().plus(campaign.calls().maxCallDuration()).plusSeconds(15);
        launcher.stop(drain);
        timetable.stop();
    }

    private void expireLeases() {
        int lost = queue.expireLeases(clock.instant());
        if (lost > 0) log.warn("{}: settled {} attempts of a launcher that stopped answering as lost", campaign.id(), lost);
    }

    private void logProgress() {
        CampaignProgress p = queue.progress();
        log.info("{}: {} calls up (limit {}), {} calls/s (limit {}); placed {} since start; campaign: {} wait for a first call, "
                        + "{} for a retry, {} done after {} attempts ({} answered)",
                campaign.id(), launcher.inFlight(), launcher.pacer().channels(), String.format("%.1f", launcher.pacer().rate()),
                campaign.calls().callsPerSecond(), launcher.settlements().placed(), p.firstPending(), p.retryPending(),
                p.done(), p.attempts(), p.outcome(CallOutcome.ANSWERED));
    }

    /** One log line per window edge. */
    private final class EdgeLines implements WindowEdges.Listener {
        @Override
        public void opened(WindowOccurrence window) {
            log.info("{}: window {} opened; calls start until {}", campaign.id(), window.id(), window.lastCallStart());
        }

        @Override
        public void draining(WindowOccurrence window) {
            log.info("{}: window {} draining: no call starts before it closes at {}", campaign.id(), window.id(), window.closes());
        }

        @Override
        public void closed(WindowOccurrence window) {
            log.info("{}: window {} closed; {} calls still up; {}", campaign.id(), window.id(), launcher.inFlight(),
                    launcher.describeWindow(clock.instant()));
        }
    }
}
