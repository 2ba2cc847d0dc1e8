package loa.campaign;

import java.util.Map;

/**
 * Where an imported audience waits for its first attempt. Implementations are safe to call
 * from several threads and from several processes on the same store at once.
 */
public interface AudienceQueue {

    /**
     * Queues every subscriber of {@code batch} that the campaign does not know yet for a first
     * attempt, atomically for the whole batch; a subscriber the campaign already has (queued,
     * called or done) is left exactly as it is.
     *
     * @return how many of the batch were new to the campaign
     */
    int queueFirstAttempts(SubscriberBatch batch);

    /** A small code for a province name, stable for the campaign's lifetime (1, 2, 3…). */
    int provinceCode(String province);

    /** Keeps the counts of an import of {@code source}, replacing those of an earlier import of it. */
    void recordImport(String source, Map<String, Long> counts);

    /** How many subscribers the campaign has been given in all. */
    long audienceSize();
}
