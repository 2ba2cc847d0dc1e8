package loa.campaign;

import java.util.Arrays;

/**
 * Changes on their way into an {@link AudienceQueue}, in file order: subscribers to queue for
 * a first attempt, and numbers to withdraw from the queue (a later line or list excluded them).
 * Parallel arrays, cheap at 12 million.
 */
public final class SubscriberBatch {
    private static final int WITHDRAW = -1;

    private final int[] nationals;
    private final int[] provinces;
    private int size;

    public SubscriberBatch(int capacity) {
        nationals = new int[capacity];
        provinces = new int[capacity];
    }

    public void queue(PhoneNumber number, int provinceCode) {
        if (provinceCode < 0) throw new IllegalArgumentException("province codes start at 0");
        nationals[size] = number.national();
        provinces[size++] = provinceCode;
    }

    public void withdraw(PhoneNumber number) {
        nationals[size] = number.national();
        provinces[size++] = WITHDRAW;
    }

    public boolean isFull() {
        return size == nationals.length;
    }

    public int size() {
        return size;
    }

    public int national(int i) {
        return nationals[i];
    }

    public boolean isWithdrawal(int i) {
        return provinces[i] == WITHDRAW;
    }

    /** 0 when the audience file gave no province. */
    public int provinceCode(int i) {
        return provinces[i];
    }

    public int queuedCount() {
        int n = 0;
        for (int i = 0; i < size; i++) if (provinces[i] != WITHDRAW) n++;
        return n;
    }

    /**
     * Orders the batch by number, so neighbours share storage buckets. A number's withdrawal
     * stays after its queuing: never-call wins.
     */
    public void sortByNumber() {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) packed[i] = ((long) nationals[i] << 32) | (provinces[i] & 0xFFFF_FFFFL);
        Arrays.sort(packed);
        for (int i = 0; i < size; i++) {
            nationals[i] = (int) (packed[i] >>> 32);
            provinces[i] = (int) packed[i];
        }
    }
}
