package loa.audience;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import loa.campaign.AudienceQueue;
import loa.campaign.SubscriberBatch;

/**
 * Hands batches of eligible subscribers to the {@link AudienceQueue} on a few named threads,
 * through a short bounded queue: the reader waits when the store falls behind, and learns of
 * the store's first failure at its next batch.
 */
final class BatchWriter implements AutoCloseable {
    private static final int THREADS = 2;
    private static final SubscriberBatch END = new SubscriberBatch(0);

    private final AudienceQueue queue;
    private final ImportReport report;
    private final BlockingQueue<SubscriberBatch> pending = new ArrayBlockingQueue<>(THREADS * 4);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final ExecutorService threads;

    BatchWriter(AudienceQueue queue, ImportReport report) {
        this.queue = queue;
        this.report = report;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(THREADS, task -> new Thread(task, "import-writer-" + n.incrementAndGet()));
        for (int i = 0; i < THREADS; i++) threads.execute(this::drain);
    }

    void write(SubscriberBatch batch) throws IOException {
        batch.sortByNumber();
        try {
            while (!pending.offer(batch, 100, TimeUnit.MILLISECONDS)) throwIfFailed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        }
        throwIfFailed();
    }

    /** Waits until every batch written so far is stored. */
    void finish() throws IOException {
        try {
            for (int i = 0; i < THREADS; i++) {
                while (!pending.offer(END, 100, TimeUnit.MILLISECONDS)) throwIfFailed();
            }
            threads.shutdown();
            while (!threads.awaitTermination(100, TimeUnit.MILLISECONDS)) throwIfFailed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        }
        throwIfFailed();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private void drain() {
        try {
            for (SubscriberBatch batch = pending.take(); batch != END; batch = pending.take()) {
                int added = queue.queueFirstAttempts(batch);
                report.stored(added, batch.size() - added);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void throwIfFailed() throws IOException {
        RuntimeException e = failure.get();
        if (e != null) throw new IOException("the store stopped taking subscribers: " + e.getMessage(), e);
    }
}
