package loa.audience;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import loa.campaign.AudienceQueue;
import loa.campaign.PhoneNumber;
import loa.campaign.SubscriberBatch;

/**
 * Hands an import's or a suppression's changes to the {@link AudienceQueue} on a few named
 * threads, each fed through a short bounded queue: the reader waits when the store falls behind,
 * and learns of a writer's failure at its next batch. Every change to one number goes to the
 * same thread, so a withdrawal is never applied before the queuing it undoes.
 */
final class BatchWriter implements AutoCloseable {
    static final int BATCH = 1000;
    private static final int THREADS = 2;
    private static final SubscriberBatch END = new SubscriberBatch(0);

    private final AudienceQueue queue;
    private final List<Lane> lanes = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private AudienceQueue.Applied applied = AudienceQueue.Applied.NOTHING; // guarded by this
    private long sentToQueue; // guarded by this

    BatchWriter(AudienceQueue queue) {
        this.queue = queue;
        for (int i = 0; i < THREADS; i++) lanes.add(new Lane(i + 1));
    }

    void start() {
        lanes.forEach(lane -> lane.thread.start());
    }

    void queue(PhoneNumber number, int provinceCode) throws IOException {
        Lane lane = laneOf(number);
        lane.batch.queue(number, provinceCode);
        if (lane.batch.isFull()) lane.send();
    }

    void withdraw(PhoneNumber number) throws IOException {
        Lane lane = laneOf(number);
        lane.batch.withdraw(number);
        if (lane.batch.isFull()) lane.send();
    }

    /** Sends what is left and waits until every change is stored. */
    void finish() throws IOException {
        for (Lane lane : lanes) {
            if (lane.batch.size() > 0) lane.send();
            lane.put(END);
        }
        try {
            for (Lane lane : lanes) {
                while (lane.thread.isAlive()) {
                    lane.thread.join(100);
                    throwIfFailed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        }
        throwIfFailed();
    }

    /** What the store did with the batches stored so far: all of them once {@link #finish()} returned. */
    synchronized AudienceQueue.Applied applied() {
        return applied;
    }

    /** Subscribers sent to be queued that the campaign already had, left as they were. */
    synchronized long alreadyQueued() {
        return sentToQueue - applied.queued();
    }

    private synchronized void stored(AudienceQueue.Applied batch, int queuedInBatch) {
        applied = applied.plus(batch);
        sentToQueue += queuedInBatch;
    }

    @Override
    public void close() {
        lanes.forEach(lane -> lane.thread.interrupt());
    }

    /** Neighbouring numbers share a lane, so they share batches, and one number always takes the same lane. */
    private Lane laneOf(PhoneNumber number) {
        return lanes.get((number.national() / 100) % THREADS);
    }

    private void throwIfFailed() throws IOException {
        Throwable e = failure.get();
        if (e != null) throw new IOException("the store stopped taking subscribers: " + e.getMessage(), e);
    }

    /** One writer thread and the batches waiting for it. */
    private final class Lane {
        private final BlockingQueue<SubscriberBatch> pending = new ArrayBlockingQueue<>(4);
        private final Thread thread;
        private SubscriberBatch batch = new SubscriberBatch(BATCH);

        Lane(int n) {
            thread = new Thread(this::drain, "import-writer-" + n);
        }

        void send() throws IOException {
            batch.sortByNumber();
            put(batch);
            batch = new SubscriberBatch(BATCH);
        }

        void put(SubscriberBatch next) throws IOException {
            try {
                while (!pending.offer(next, 100, TimeUnit.MILLISECONDS)) throwIfFailed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("import interrupted", e);
            }
            throwIfFailed();
        }

        private void drain() {
            try {
                for (SubscriberBatch next = pending.take(); next != END; next = pending.take()) {
                    stored(queue.apply(next), next.queuedCount());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) { // an Error too: the reader must hear of it, not wait for ever
                failure.compareAndSet(null, e);
            }
        }
    }
}
