package loa.audience;

import java.util.Iterator;
import java.util.NoSuchElementException;
import loa.campaign.PhoneNumber;

/**
 * A set of phone numbers as bits over the whole Vietnamese mobile numbering space, allocated a
 * page at a time: 12 million numbers cost about 60 MiB, a short suppression list a few pages.
 */
public final class NumberSet implements Iterable<PhoneNumber> {
    private static final int PAGE_SHIFT = 20;
    private static final int PAGE_BITS = 1 << PAGE_SHIFT;
    private static final int PAGE_WORDS = PAGE_BITS / 64;

    private final long[][] pages = new long[(PhoneNumber.INDEX_SPACE >> PAGE_SHIFT) + 1][];
    private long size;

    /** Adds the number; false when it was already in the set. */
    public boolean add(PhoneNumber number) {
        int index = number.index();
        long[] page = pages[index >> PAGE_SHIFT];
        if (page == null) page = pages[index >> PAGE_SHIFT] = new long[PAGE_WORDS];
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

    /** The numbers in index order (so neighbours come together); the set must not change meanwhile. */
    @Override
    public Iterator<PhoneNumber> iterator() {
        return new Iterator<>() {
            private int next = indexAtOrAfter(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public PhoneNumber next() {
                if (next < 0) throw new NoSuchElementException();
                PhoneNumber number = PhoneNumber.ofIndex(next);
                next = indexAtOrAfter(next + 1);
                return number;
            }
        };
    }

    /** The first index at or after {@code from} that is in the set, or -1; pages never written are skipped whole. */
    private int indexAtOrAfter(int from) {
        int word = from >>> 6;
        long bits = word(word) & (-1L << (from & 63));
        while (bits == 0) {
            word = pages[word / PAGE_WORDS] == null ? (word / PAGE_WORDS + 1) * PAGE_WORDS : word + 1;
            if (word >= pages.length * PAGE_WORDS) return -1;
            bits = word(word);
        }
        return word * 64 + Long.numberOfTrailingZeros(bits);
    }

    private long word(int word) {
        long[] page = pages[word / PAGE_WORDS];
        return page == null ? 0 : page[word % PAGE_WORDS];
    }
}
