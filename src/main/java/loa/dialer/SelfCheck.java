package loa.dialer;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import loa.campaign.CampaignControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A check the launcher runs on what its calls depend on (the dialog, the trunk and voice
 * browser). When it finds a problem {@code strikes} runs in a row, the campaign pauses itself
 * with the reason, instead of calling people into a failure; when a later run finds none, the
 * campaign resumes — only from a pause this check made (its reasons start with its own prefix),
 * never from an operator's. A peer that misses one OPTIONS under load is no outage; a dialog that
 * does not validate is broken at once.
 */
public final class SelfCheck implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(SelfCheck.class);

    private final String campaignId;
    private final CampaignControl control;
    private final String pausePrefix;
    private final Supplier<Optional<String>> problem;
    private final int strikes;
    private final AtomicReference<String> lastProblem = new AtomicReference<>("");
    private final AtomicInteger inARow = new AtomicInteger();

    /** {@code pausePrefix} names the check in the pause's reason: "dialog check failed: ". */
    public SelfCheck(String campaignId, CampaignControl control, String pausePrefix, int strikes,
                     Supplier<Optional<String>> problem) {
        if (strikes < 1) throw new IllegalArgumentException("strikes must be 1 or more: " + strikes);
        this.campaignId = campaignId;
        this.control = control;
        this.pausePrefix = pausePrefix;
        this.strikes = strikes;
        this.problem = problem;
    }

    @Override
    public void run() {
        try {
            Optional<String> found = problem.get();
            if (found.isPresent()) broken(found.get());
            else mended();
        } catch (RuntimeException e) {
            log.warn("{}: could not run the check ({}): {}", campaignId, pausePrefix.strip(), e.toString());
        }
    }

    private void broken(String found) {
        if (!found.equals(lastProblem.getAndSet(found))) log.error("{}: {}{}", campaignId, pausePrefix, found);
        if (inARow.incrementAndGet() < strikes) return;
        if (control.pauseIfRunning(campaignId, pausePrefix + found)) log.error("{} paused until this is mended", campaignId);
    }

    private void mended() {
        inARow.set(0);
        if (!lastProblem.getAndSet("").isEmpty()) log.info("{}: mended, no longer {}", campaignId, pausePrefix.strip());
        if (control.resumeIfPausedFor(campaignId, pausePrefix)) log.info("{} resumed", campaignId);
    }
}
