package loa.campaign;

import java.util.Map;

/**
 * Where an imported audience waits for its first attempt. Implementations are safe to call
 * from several threads and from several processes on the same store at once.
 */
public interface AudienceQueue {

    /**
     * Applies a batch atomically, in its order: queues for a first attempt every subscriber the
     * campaign does not know yet (one it already has, queued, called or done, is left exactly as
     * it is), and withdraws every listed number still waiting for its first attempt.
     */
    Applied apply(SubscriberBatch batch);

    /** What a batch changed: subscribers newly queued, and numbers withdrawn from the queue. */
    record Applied(int queued, int withdrawn) {
    }

    /** A small code for a province name, stable for the campaign's lifetime (1, 2, 3…). */
    int provinceCode(String province);

    /** Keeps the counts of an import of {@code source}, replacing those of an earlier import of it. */
    void recordImport(String source, Map<String, Long> counts);

    /** How many subscribers the campaign has been given in all. */
    long audienceSize();
}
