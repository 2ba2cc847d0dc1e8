package loa.audience;

import loa.campaign.PhoneNumber;

/**
 * A set of phone numbers as bits over the whole Vietnamese mobile numbering space, allocated a
 * page at a time: 12 million numbers cost about 60 MiB, a short suppression list a few pages.
 */
public final class NumberSet {
    private static final int PAGE_SHIFT = 20;
    private static final int PAGE_BITS = 1 << PAGE_SHIFT;

    private final long[][] pages = new long[(PhoneNumber.INDEX_SPACE >> PAGE_SHIFT) + 1][];
    private long size;

    /** Adds the number; false when it was already in the set. */
    public boolean add(PhoneNumber number) {
        int index = number.index();
        long[] page = pages[index >> PAGE_SHIFT];
        if (page == null) page = pages[index >> PAGE_SHIFT] = new long[PAGE_BITS / 64];
        int bit = index & (PAGE_BITS - 1);
        long mask = 1L << bit;
        if ((page[bit >> 6] & mask) != 0) return false;
        page[bit >> 6] |= mask;
        size++;
        return true;
    }

    public boolean contains(PhoneNumber number) {
        int index = number.index();
        long[] page = pages[index >> PAGE_SHIFT];
        int bit = index & (PAGE_BITS - 1);
        return page != null && (page[bit >> 6] & (1L << bit)) != 0;
    }

    public long size() {
        return size;
    }
}
