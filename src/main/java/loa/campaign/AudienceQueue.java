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
     * it is), and withdraws every listed number not yet final, so that it is never claimed
     * again: one waiting for its first attempt or its retry is withdrawn at once, one in a call
     * now is final once that attempt is settled. Withdrawing a number twice changes nothing.
     */
    Applied apply(SubscriberBatch batch);

    /**
     * What a batch changed: subscribers newly queued, and numbers withdrawn while waiting for
     * their first attempt, while waiting for their retry, and during an attempt.
     */
    record Applied(int queued, int withdrawn, int withdrawnFromRetries, int withdrawnInCall) {
        public static final Applied NOTHING = new Applied(0, 0, 0, 0);

        public Applied plus(Applied other) {
            return new Applied(queued + other.queued, withdrawn + other.withdrawn,
                    withdrawnFromRetries + other.withdrawnFromRetries, withdrawnInCall + other.withdrawnInCall);
        }

        /** Numbers this batch took out of the campaign's calls, whatever state they were in. */
        public int withdrawnInAll() {
            return withdrawn + withdrawnFromRetries + withdrawnInCall;
        }
    }

    /** A small code for a province name, stable for the campaign's lifetime (1, 2, 3…). */
    int provinceCode(String province);

    /** Keeps the counts of an import of {@code source}, replacing those of an earlier import of it. */
    void recordImport(String source, Map<String, Long> counts);

    /** How many subscribers the campaign has been given in all. */
    long audienceSize();
}
