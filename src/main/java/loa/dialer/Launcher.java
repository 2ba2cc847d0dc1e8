package loa.dialer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import loa.campaign.AttemptQueue;
import loa.campaign.CallEvents;
import loa.campaign.CallOutcome;
import loa.campaign.CallPlacer;
import loa.campaign.CallRecords;
import loa.campaign.CallRequest;
import loa.campaign.CallingSchedule;
import loa.campaign.Campaign;
import loa.campaign.CampaignControl;
import loa.campaign.Claim;
import loa.campaign.ControlState;
import loa.campaign.DialogLinks;
import loa.campaign.WindowId;
import loa.campaign.WindowOccurrence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One campaign's launcher: while a window accepts calls and the campaign runs, it claims due
 * subscribers as fast as the {@link Pacer} allows and places their calls; every call's end is
 * settled by the {@link Settlements}. The loop runs on one thread of its own; the call events come
 * on the placer's threads.
 *
 * <p>No INVITE leaves outside a window: the loop claims only when the campaign's schedule says
 * a call may start now (the drain rule included), and places what it claimed at once.
 */
public final class Launcher implements CallEvents {
    private static final Logger log = LoggerFactory.getLogger(Launcher.class);
    /** How often the operators' word is read from the shared control: pause and stop act within a second. */
    private static final Duration CONTROL_REFRESH = Duration.ofMillis(250);
    /** How long the loop rests when it may not call, or nobody is due. */
    private static final Duration IDLE = Duration.ofMillis(200);
    /** Subscribers claimed in one step at most: one Redis script run for up to this many calls. */
    private static final int MAX_CLAIM = 100;
    /** Beyond a call's own deadline (ThirdPartyCall's), for the settlement to reach the store. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    /** What the launcher works with, all shared with other launchers of the campaign. */
    public record Parts(AttemptQueue queue, CallRecords records, CallPlacer placer, CampaignControl control,
                        DialogLinks links, String publicUrl) {
    }

    private final Campaign campaign;
    private final Parts parts;
    private final Clock clock;
    private final CallingSchedule schedule;
    private final Pacer pacer;
    private final Settlements settlements;
    private final Duration lease;
    private final Map<String, Attempt> inFlight = new ConcurrentHashMap<>();
    private final Object idle = new Object();

    private volatile boolean running;
    private volatile ControlState control = ControlState.UNTOUCHED;
    private Thread loop;
    private long controlReadAt;
    private WindowId openWindow;
    private String lastBlock = "";

    public Launcher(Campaign campaign, Parts parts, Clock clock) {
        this.campaign = campaign;
        this.parts = parts;
        this.clock = clock;
        this.schedule = new CallingSchedule(campaign);
        this.pacer = new Pacer(campaign.calls().callsPerSecond(), campaign.calls().channels(), System::nanoTime);
        this.settlements = new Settlements(campaign, parts.queue(), clock);
        this.lease = campaign.calls().ringTimeout().plus(campaign.calls().maxCallDuration()).plus(LEASE_MARGIN);
    }

    /** Starts calling, at once if a window is open now. */
    public synchronized void start() {
        if (running) return;
        settlements.start();
        running = true;
        loop = new Thread(this::loop, "loa-launcher-" + campaign.id());
        loop.start();
        log.info("launcher of {} started: {}", campaign.id(), describeWindow(clock.instant()));
    }

    /**
     * Stops placing calls, waits up to {@code drain} for the calls in progress to end and be
     * settled, and stops. What is still up after that is left to its lease.
     */
    public void stop(Duration drain) throws InterruptedException {
        synchronized (this) {
            if (!running) return;
            running = false;
        }
        wakeUp();
        loop.join();
        long deadline = System.nanoTime() + drain.toNanos();
        while (!inFlight.isEmpty() && System.nanoTime() < deadline) Thread.sleep(50); // the calls end by their own timers
        if (!inFlight.isEmpty()) log.warn("{} calls still up after {}: their leases will settle them", inFlight.size(), drain);
        settlements.stop(drain);
        log.info("launcher of {} stopped", campaign.id());
    }

    /** Calls in progress now. */
    public int inFlight() {
        return inFlight.size();
    }

    public Pacer pacer() {
        return pacer;
    }

    public Settlements settlements() {
        return settlements;
    }

    /** One line on the window at {@code at}: open and until when calls start, or when the next opens. */
    public String describeWindow(Instant at) {
        Optional<WindowOccurrence> open = schedule.windowAt(at);
        if (open.isPresent()) {
            WindowOccurrence window = open.get();
            return "window " + window.id() + " open until " + window.closes() + ", calls start until " + window.lastCallStart();
        }
        WindowOccurrence next = schedule.currentOrNext(at);
        return "no window open; window " + next.id() + " opens at " + next.opens();
    }

    private void loop() {
        try {
            while (running) {
                try {
                    step();
                } catch (RuntimeException e) {
                    log.warn("launcher step failed; trying again in a second", e);
                    rest(Duration.ofSeconds(1).toNanos());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void step() throws InterruptedException {
        readControl();
        Instant now = clock.instant();
        Optional<WindowOccurrence> window = schedule.windowAt(now).filter(w -> w.acceptsCallAt(now));
        noteWindow(window);
        String block = blockedBecause(window);
        if (!block.equals(lastBlock)) {
            if (!block.isEmpty()) log.info("not calling: {}", block);
            else log.info("calling");
            lastBlock = block;
        }
        if (!block.isEmpty()) {
            rest(IDLE.toNanos());
            return;
        }
        int permits = pacer.take(inFlight.size(), MAX_CLAIM);
        if (permits == 0) {
            rest(pacer.nanosToNextPermit());
            return;
        }
        List<Claim> claims = parts.queue().claim(permits, now, lease);
        if (claims.size() < permits) pacer.giveBack(permits - claims.size());
        for (Claim claim : claims) place(claim, window.get().id());
        if (claims.isEmpty()) rest(IDLE.toNanos());
    }

    /** Why no call may start now, or "" when calls may start. */
    private String blockedBecause(Optional<WindowOccurrence> window) {
        if (control.status() != ControlState.Status.RUNNING) {
            return "campaign " + control.status().label() + (control.reason().isEmpty() ? "" : ": " + control.reason());
        }
        if (window.isEmpty()) return "outside the calling windows (" + describeWindow(clock.instant()) + ")";
        return "";
    }

    private void noteWindow(Optional<WindowOccurrence> window) {
        WindowId id = window.map(WindowOccurrence::id).orElse(null);
        if (id != null && !id.equals(openWindow)) {
            pacer.rampUp();
            log.info("window {} accepts calls until {}", id, window.get().lastCallStart());
        }
        openWindow = id;
    }

    private void readControl() {
        long now = System.nanoTime();
        if (now - controlReadAt < CONTROL_REFRESH.toNanos()) return;
        controlReadAt = now;
        ControlState read = parts.control().read(campaign.id());
        if (!read.equals(control)) {
            pacer.setLimits(read.callsPerSecond(campaign.calls()), read.channels(campaign.calls()));
            if (read.isRunning() && !control.isRunning()) pacer.rampUp();
            control = read;
        }
    }

    private void place(Claim claim, WindowId window) {
        String callId = parts.records().register(campaign.id(), claim.number(), claim.attempt());
        Duration ring = campaign.calls().ringTimeout();
        Duration longest = campaign.calls().maxCallDuration();
        String url = parts.links().entryUrl(parts.publicUrl(), campaign.id(), callId, claim.number(), lease);
        inFlight.put(callId, new Attempt(claim, window, clock.instant(), System.nanoTime()));
        settlements.countPlaced();
        parts.placer().place(new CallRequest(callId, claim.number(), campaign.callerId(), url, ring, longest), this);
    }

    private void rest(long nanos) throws InterruptedException {
        long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos));
        synchronized (idle) {
            if (running) idle.wait(millis);
        }
    }

    private void wakeUp() {
        synchronized (idle) {
            idle.notifyAll();
        }
    }

    @Override
    public void onRinging(String callId) {
        Attempt attempt = inFlight.get(callId);
        if (attempt != null) pacer.onPostDialDelay(Duration.ofNanos(System.nanoTime() - attempt.startNanos()));
    }

    @Override
    public void onCongestion(String callId, int sipStatus) {
        Attempt attempt = inFlight.get(callId);
        if (attempt != null) attempt.congested = true;
        pacer.onCongestion();
    }

    @Override
    public void onAnswered(String callId) {
        Attempt attempt = inFlight.get(callId);
        if (attempt != null) attempt.answered = clock.instant();
    }

    @Override
    public void onEnded(String callId, CallOutcome outcome, int sipStatus) {
        Attempt attempt = inFlight.remove(callId);
        if (attempt == null) return;
        if (outcome != CallOutcome.FAILED && !attempt.congested) pacer.onCallCompleted();
        settlements.settle(callId, attempt, outcome, sipStatus);
        wakeUp(); // a channel is free
    }

    /** A call in progress, as the launcher placed it. */
    static final class Attempt {
        private final Claim claim;
        private final WindowId window;
        private final Instant started;
        private final long startNanos;
        volatile Instant answered;
        volatile boolean congested;

        Attempt(Claim claim, WindowId window, Instant started, long startNanos) {
            this.claim = claim;
            this.window = window;
            this.started = started;
            this.startNanos = startNanos;
        }

        Claim claim() {
            return claim;
        }

        WindowId window() {
            return window;
        }

        Instant started() {
            return started;
        }

        long startNanos() {
            return startNanos;
        }
    }
}
