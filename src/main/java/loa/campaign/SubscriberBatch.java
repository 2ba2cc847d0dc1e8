package loa.campaign;

import java.util.Arrays;

/** Subscribers on their way into an {@link AudienceQueue}: parallel arrays, cheap at 12 million. */
public final class SubscriberBatch {
    private final int[] nationals;
    private final int[] provinces;
    private int size;

    public SubscriberBatch(int capacity) {
        nationals = new int[capacity];
        provinces = new int[capacity];
    }

    public void add(PhoneNumber number, int provinceCode) {
        nationals[size] = number.national();
        provinces[size++] = provinceCode;
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

    /** 0 when the audience file gave no province. */
    public int provinceCode(int i) {
        return provinces[i];
    }

    /** Orders the batch by number, so neighbours share storage buckets. */
    public void sortByNumber() {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) packed[i] = ((long) nationals[i] << 32) | provinces[i];
        Arrays.sort(packed);
        for (int i = 0; i < size; i++) {
            nationals[i] = (int) (packed[i] >>> 32);
            provinces[i] = (int) packed[i];
        }
    }
}
