package loa.audience;

import java.io.IOException;
import loa.campaign.AudienceQueue;
import loa.campaign.PhoneNumber;

/**
 * Applies suppression lists to a campaign already imported, perhaps being called right now:
 * every number on them that is not final yet is withdrawn, through the import's own
 * {@link BatchWriter}, so a launcher never claims it again. Withdrawing is idempotent, so a
 * second run, or one after a run that was killed, changes only what the first did not.
 */
public final class AudienceSuppression {
    private final AudienceQueue queue;

    public AudienceSuppression(AudienceQueue queue) {
        this.queue = queue;
    }

    public SuppressionReport run(SuppressionList lists) throws IOException {
        try (BatchWriter writer = new BatchWriter(queue)) {
            writer.start();
            for (PhoneNumber number : lists.numbers()) writer.withdraw(number);
            writer.finish();
            return new SuppressionReport(lists.size(), writer.applied(), lists.problems());
        }
    }
}
