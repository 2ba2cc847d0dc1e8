package loa.dialer;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import loa.campaign.CallRecords;
import loa.campaign.Campaign;
import loa.campaign.DialogLinks;
import loa.campaign.DialogProbe;
import loa.campaign.PhoneNumber;

/**
 * The campaign's entry dialog, fetched as a voice browser would through a test call's signed URL
 * (a test call touches no subscriber): what the launcher's {@link SelfCheck} of the dialog asks.
 */
public final class DialogCheck implements Supplier<Optional<String>> {
    /** Every pause the dialog check makes starts with this. */
    public static final String PAUSE_REASON = "dialog check failed: ";
    /** The number the test call stands for; never dialled. */
    private static final PhoneNumber PROBE_NUMBER = PhoneNumber.parse("0900000000");
    private static final Duration TEST_CALL_KEPT = Duration.ofMinutes(10);

    private final Campaign campaign;
    private final CallRecords records;
    private final DialogLinks links;
    private final String publicUrl;
    private final DialogProbe probe;

    public DialogCheck(Campaign campaign, CallRecords records, DialogLinks links, String publicUrl, DialogProbe probe) {
        this.campaign = campaign;
        this.records = records;
        this.links = links;
        this.publicUrl = publicUrl;
        this.probe = probe;
    }

    @Override
    public Optional<String> get() {
        String callId = records.registerTest(campaign.id(), PROBE_NUMBER, TEST_CALL_KEPT);
        return probe.problemWith(links.entryUrl(publicUrl, campaign.id(), callId, PROBE_NUMBER, TEST_CALL_KEPT));
    }
}
