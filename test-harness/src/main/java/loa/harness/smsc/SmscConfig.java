package loa.harness.smsc;

import java.time.Duration;
import java.util.Objects;

/**
 * The simulator's settings; validated on creation, failing with the field's name.
 *
 * @param systemId            the only system_id accepted in a bind (SMPP 3.4: at most 15 characters)
 * @param password            its password (at most 8 characters)
 * @param receiptDelay        from accepting a submit to sending its delivery receipt
 * @param throughputPerSecond submits per second answered ESME_ROK before ESME_RTHROTTLED; 0 = no limit
 * @param throttleScope       whether that limit counts each bind alone or the whole server
 * @param bindTimeout         how long a new connection may take to send its bind
 * @param maxBinds            connections held at once; more are closed on arrival
 * @param pduThreadsPerBind   jSMPP threads working one bind's PDUs
 * @param pduQueuePerBind     PDUs a bind may have waiting; beyond it jSMPP answers ESME_RTHROTTLED
 * @param maxPendingReceipts  receipts waiting to be sent; beyond it they are counted as lost
 * @param transactionTimer    how long a deliver_sm waits for its deliver_sm_resp
 */
public record SmscConfig(String systemId, String password, Duration receiptDelay, int throughputPerSecond,
                         ThrottleScope throttleScope, Duration bindTimeout, int maxBinds, int pduThreadsPerBind,
                         int pduQueuePerBind, int maxPendingReceipts, Duration transactionTimer) {
    public static final Duration DEFAULT_RECEIPT_DELAY = Duration.ofMillis(100);
    public static final Duration DEFAULT_BIND_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_BINDS = 16;
    public static final int DEFAULT_PDU_THREADS_PER_BIND = 3;
    public static final int DEFAULT_PDU_QUEUE_PER_BIND = 1_000;
    public static final int DEFAULT_MAX_PENDING_RECEIPTS = 100_000;
    public static final Duration DEFAULT_TRANSACTION_TIMER = Duration.ofSeconds(2);

    public SmscConfig {
        require(systemId != null && !systemId.isBlank() && systemId.length() <= 15, "systemId", "1 to 15 characters");
        require(password != null && password.length() <= 8, "password", "at most 8 characters");
        require(positiveOrZero(receiptDelay), "receiptDelay", "a duration >= 0");
        require(throughputPerSecond >= 0, "throughputPerSecond", ">= 0 (0 = no limit)");
        Objects.requireNonNull(throttleScope, "throttleScope");
        require(positive(bindTimeout), "bindTimeout", "a duration > 0");
        require(maxBinds >= 1, "maxBinds", ">= 1");
        require(pduThreadsPerBind >= 1, "pduThreadsPerBind", ">= 1");
        require(pduQueuePerBind >= 1, "pduQueuePerBind", ">= 1");
        require(maxPendingReceipts >= 1, "maxPendingReceipts", ">= 1");
        require(positive(transactionTimer), "transactionTimer", "a duration > 0");
    }

    /** Accepts binds with this system_id and password; every other setting at its default. */
    public static SmscConfig accepting(String systemId, String password) {
        return new SmscConfig(systemId, password, DEFAULT_RECEIPT_DELAY, 0, ThrottleScope.PER_BIND,
                DEFAULT_BIND_TIMEOUT, DEFAULT_MAX_BINDS, DEFAULT_PDU_THREADS_PER_BIND, DEFAULT_PDU_QUEUE_PER_BIND,
                DEFAULT_MAX_PENDING_RECEIPTS, DEFAULT_TRANSACTION_TIMER);
    }

    public SmscConfig withReceiptDelay(Duration delay) {
        return new SmscConfig(systemId, password, delay, throughputPerSecond, throttleScope, bindTimeout,
                maxBinds, pduThreadsPerBind, pduQueuePerBind, maxPendingReceipts, transactionTimer);
    }

    public SmscConfig withThroughputLimit(int perSecond, ThrottleScope scope) {
        return new SmscConfig(systemId, password, receiptDelay, perSecond, scope, bindTimeout,
                maxBinds, pduThreadsPerBind, pduQueuePerBind, maxPendingReceipts, transactionTimer);
    }

    public SmscConfig withMaxBinds(int binds) {
        return new SmscConfig(systemId, password, receiptDelay, throughputPerSecond, throttleScope, bindTimeout,
                binds, pduThreadsPerBind, pduQueuePerBind, maxPendingReceipts, transactionTimer);
    }

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return "SmscConfig[systemId=" + systemId + ", receiptDelay=" + receiptDelay + ", throughput="
                + (throughputPerSecond == 0 ? "unlimited" : throughputPerSecond + "/s " + throttleScope)
                + ", maxBinds=" + maxBinds + "]";
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static boolean positiveOrZero(Duration d) {
        return d != null && !d.isNegative();
    }

    private static void require(boolean ok, String field, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("smsc." + field + " must be " + expected);
        }
    }
}
