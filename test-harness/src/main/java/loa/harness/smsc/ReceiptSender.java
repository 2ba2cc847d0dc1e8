package loa.harness.smsc;

import loa.harness.NamedThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends delivery receipts after the configured delay to a receiver or transceiver bound with the
 * submitter's system_id. Like a real SMSC it keeps a receipt while no such bind exists (or while
 * the simulator is silent) and tries again, for a while. At most {@code maxPendingReceipts} wait.
 */
final class ReceiptSender {
    private static final Logger log = LoggerFactory.getLogger(ReceiptSender.class);
    private static final int THREADS = 2;
    private static final Duration RETRY_EVERY = Duration.ofMillis(500);
    private static final int MAX_ATTEMPTS = 60;
    /** registered_delivery bits 1-0 (SMPP 3.4 §5.2.17): 01 = receipt on success or failure, 10 = on failure. */
    private static final int RECEIPT_BITS = 0x03;
    private static final int ON_SUCCESS_OR_FAILURE = 0x01;
    private static final int ON_FAILURE = 0x02;

    private final Map<String, ReceiptState> finalStates = new ConcurrentHashMap<>();
    private final SmscConfig config;
    private final Links links;
    private final Faults faults;
    private final SmscCounters counters;
    private final Clock clock;
    private final Semaphore room;
    private volatile ScheduledExecutorService scheduler;

    ReceiptSender(SmscConfig config, Links links, Faults faults, SmscCounters counters, Clock clock) {
        this.config = config;
        this.links = links;
        this.faults = faults;
        this.counters = counters;
        this.clock = clock;
        this.room = new Semaphore(config.maxPendingReceipts());
    }

    void start() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(THREADS, new NamedThreads("smsc-receipt"));
        executor.setRemoveOnCancelPolicy(true);
        scheduler = executor;
    }

    void stop() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(config.transactionTimer().toMillis(), TimeUnit.MILLISECONDS);
    }

    void finalStateFor(String destination, ReceiptState state) {
        finalStates.put(destination, state);
    }

    /** Called on the submit path: schedules and returns. */
    void requestedBy(ReceivedPdu submit) {
        ReceiptState state = finalStates.getOrDefault(submit.destination().address(), ReceiptState.DELIVRD);
        int asked = submit.registeredDelivery() & RECEIPT_BITS;
        if (asked != ON_SUCCESS_OR_FAILURE && !(asked == ON_FAILURE && state.isFailure())) {
            return;
        }
        if (!room.tryAcquire()) {
            counters.receiptLost();
            log.debug("SMSC dropped the receipt for {}: {} receipts already waiting", submit.messageId(), config.maxPendingReceipts());
            return;
        }
        schedule(new Receipt(submit, state), 1, config.receiptDelay());
    }

    private void schedule(Receipt receipt, int attempt, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(receipt, attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            room.release();
        }
    }

    private void attempt(Receipt receipt, int attempt) {
        if (faults.answering() && delivered(receipt)) {
            room.release();
            counters.receiptSent();
        } else if (attempt < MAX_ATTEMPTS) {
            schedule(receipt, attempt + 1, RETRY_EVERY);
        } else {
            room.release();
            counters.receiptLost();
            log.info("SMSC gave up the receipt for {} after {} attempts", receipt.submit().messageId(), attempt);
        }
    }

    private boolean delivered(Receipt receipt) {
        Optional<SmscLink> link = links.receiverFor(receipt.submit().systemId());
        if (link.isEmpty()) {
            return false;
        }
        try {
            receipt.deliverOver(link.get().session(), clock.instant());
            return true;
        } catch (Exception e) {
            log.debug("SMSC receipt for {} over {} failed: {}", receipt.submit().messageId(), link.get(), e.toString());
            return false;
        }
    }
}
