package loa.store;

/**
 * A subscriber's value in its bucket hash: one small integer, {@code province × 16 + state},
 * so that it stays an integer in Redis' compact encoding. Province 0 means none was given.
 */
public final class SubscriberCodes {
    /** Imported, waiting for a first attempt. */
    public static final int QUEUED = 1;

    private static final int STATE_BITS = 4;

    private SubscriberCodes() {
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
