package loa.store;

/**
 * A subscriber's value in its bucket hash: one small integer, {@code province × 16 + state},
 * so that it stays an integer in Redis' compact encoding. Province 0 means none was given.
 */
public final class SubscriberCodes {
    /** Imported, waiting for a first attempt. */
    public static final int QUEUED = 1;

    /**
     * Withdrawn while waiting for its first attempt or its retry: a later import or suppression
     * list excluded it. Final, never called again.
     */
    public static final int WITHDRAWN = 2;

    /** Claimed by a launcher for its first attempt; its lease is in {@link RedisKeys#leases()}. */
    public static final int CALLING_FIRST = 3;

    /** The first attempt ended without a final result; due again at its score in {@link RedisKeys#retries()}. */
    public static final int RETRY_DUE = 4;

    /** Claimed by a launcher for its second and last attempt. */
    public static final int CALLING_RETRY = 5;

    /** No further call, and no answer: a final outcome, or both attempts used. */
    public static final int DONE = 6;

    /** Suppressed while an attempt was in progress: the attempt is settled as usual, then it is final, never retried. */
    public static final int WITHDRAWN_IN_CALL = 7;

    /** Answered the dialog: final states, never called again. */
    public static final int AGREED = 8;
    public static final int DECLINED = 9;
    public static final int NO_INPUT = 10;
    public static final int HUNG_UP = 11;

    private static final int STATE_BITS = 4;

    private SubscriberCodes() {
    }

    public static int of(loa.campaign.Answer answer) {
        return switch (answer) {
            case AGREED -> AGREED;
            case DECLINED -> DECLINED;
            case NO_INPUT -> NO_INPUT;
            case HUNG_UP -> HUNG_UP;
        };
    }

    public static int encode(int state, int provinceCode) {
        return (provinceCode << STATE_BITS) | state;
    }

    public static int state(int code) {
        return code & ((1 << STATE_BITS) - 1);
    }

    public static int province(int code) {
        return code >>> STATE_BITS;
    }
}
