package loa.campaign;

import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * The campaign's subscribers waiting for their retry, for operators to see: read, never changed.
 */
public interface RetryList {

    /**
     * Hands {@code each} every subscriber waiting for a retry and the moment it falls due, earliest
     * first, on the caller's thread. It reads page by page, so a list of millions never sits in
     * memory, and it may run while launchers claim and settle: nobody is handed over twice and the
     * order holds; a subscriber claimed before its page was read is left out, and so may be one
     * whose retry was scheduled, during the reading, before the place reached. Returns how many
     * it handed over.
     */
    long forEachDue(BiConsumer<PhoneNumber, Instant> each);
}
