package loa.dialer;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import loa.campaign.CallRecords;
import loa.campaign.Campaign;
import loa.campaign.CampaignControl;
import loa.campaign.DialogLinks;
import loa.campaign.DialogProbe;
import loa.campaign.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the campaign's entry dialog as a voice browser would, through a test call's signed URL
 * (a test call touches no subscriber). When it is broken the campaign pauses itself with the
 * reason; when a later check finds it mended, the campaign resumes — only from a pause of its
 * own, never from an operator's.
 */
public final class DialogCheck implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(DialogCheck.class);
    /** Every pause the check makes starts with this, so its own pauses are told from an operator's. */
    public static final String PAUSE_REASON = "dialog check failed: ";
    /** The number the test call stands for; never dialled. */
    private static final PhoneNumber PROBE_NUMBER = PhoneNumber.parse("0900000000");
    private static final Duration TEST_CALL_KEPT = Duration.ofMinutes(10);

    private final Campaign campaign;
    private final CallRecords records;
    private final DialogLinks links;
    private final String publicUrl;
    private final DialogProbe probe;
    private final CampaignControl control;
    private final AtomicReference<String> lastProblem = new AtomicReference<>("");

    public DialogCheck(Campaign campaign, CallRecords records, DialogLinks links, String publicUrl, DialogProbe probe,
                       CampaignControl control) {
        this.campaign = campaign;
        this.records = records;
        this.links = links;
        this.publicUrl = publicUrl;
        this.probe = probe;
        this.control = control;
    }

    @Override
    public void run() {
        try {
            String callId = records.registerTest(campaign.id(), PROBE_NUMBER, TEST_CALL_KEPT);
            String url = links.entryUrl(publicUrl, campaign.id(), callId, PROBE_NUMBER, TEST_CALL_KEPT);
            Optional<String> problem = probe.problemWith(url);
            if (problem.isPresent()) broken(problem.get());
            else mended();
        } catch (RuntimeException e) {
            log.warn("could not check the dialog of {}: {}", campaign.id(), e.toString());
        }
    }

    /** The problem the last check found, or "" when it found none. */
    public String lastProblem() {
        return lastProblem.get();
    }

    private void broken(String problem) {
        if (!problem.equals(lastProblem.getAndSet(problem))) log.error("the dialog of {} is broken: {}", campaign.id(), problem);
        if (control.pauseIfRunning(campaign.id(), PAUSE_REASON + problem)) log.error("{} paused until its dialog works", campaign.id());
    }

    private void mended() {
        if (!lastProblem.getAndSet("").isEmpty()) log.info("the dialog of {} works again", campaign.id());
        if (control.resumeIfPausedFor(campaign.id(), PAUSE_REASON)) log.info("{} resumed: its dialog works again", campaign.id());
    }
}
