package loa.harness.smsc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import loa.sms.SmsSegment;
import org.jsmpp.bean.BindType;

/**
 * The baseline of bench/sms: the SMSC's own receive rate over one bind, measured with the
 * harness's ESME client ({@link Esme}, the one SmscSimulatorThroughputTest uses). {@code window}
 * threads share the bind, each sending submit_sm after submit_sm as soon as the last is answered
 * — the same PDUs as loa's (its segments, registered_delivery 1, a transceiver bind taking the
 * receipts), but none of loa's work between them. Timed in rounds after a warm-up, as loa is.
 * In package loa.harness.smsc because Esme is package-private; bench/sms/run.sh compiles it.
 */
public final class EsmeBlast {
    /** The nanoseconds each round's submits took, and how many of them the SMSC refused or left unanswered. */
    public record Result(long[] nanos, int refused) {
    }

    private static final int WARM_UP = 3_000;
    /** Subscribers 0930000000 on: none of loa's. */
    private static final int FIRST_NATIONAL = 930_000_000;
    private static final int RECEIPT_ON_SUCCESS_OR_FAILURE = 1;
    private static final Duration RECEIPTS_WAIT = Duration.ofMinutes(1);

    private final Esme esme;
    private final List<SmsSegment> segments;
    private final AtomicInteger refused = new AtomicInteger();
    private int received;

    private EsmeBlast(Esme esme, List<SmsSegment> segments) {
        this.esme = esme;
        this.segments = segments;
    }

    public static Result run(String host, int port, String systemId, String password, List<SmsSegment> segments,
                             int count, int window, int rounds) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(window, work -> new Thread(work, "esme-blast"));
        try (Esme esme = Esme.bind(host, port, BindType.BIND_TRX, systemId, password)) {
            EsmeBlast blast = new EsmeBlast(esme, segments);
            blast.batch(threads, window, FIRST_NATIONAL, WARM_UP);
            blast.awaitReceipts(WARM_UP * segments.size());
            blast.refused.set(0);
            long[] nanos = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                nanos[r] = blast.batch(threads, window, FIRST_NATIONAL + WARM_UP + r * count, count);
                blast.awaitReceipts((WARM_UP + (r + 1) * count) * segments.size());
            }
            return new Result(nanos, blast.refused.get());
        } finally {
            threads.shutdownNow();
        }
    }

    /** Every segment of {@code count} messages to consecutive numbers, in order, over {@code window} threads. */
    private long batch(ExecutorService threads, int window, int firstNational, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        int submits = count * segments.size();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < window; t++) {
            running.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < submits; i = next.getAndIncrement()) send(firstNational, i);
                return null;
            }));
        }
        for (Future<?> done : running) done.get();
        return System.nanoTime() - start;
    }

    private void send(int firstNational, int submit) {
        SmsSegment segment = segments.get(submit % segments.size());
        String destination = "84" + (firstNational + submit / segments.size());
        try {
            esme.submit(destination, segment.esmClass(), segment.dataCoding(), RECEIPT_ON_SUCCESS_OR_FAILURE, segment.shortMessage());
        } catch (Exception refusedOrUnanswered) {
            refused.incrementAndGet();
        }
    }

    /** Takes the SMSC's receipts for the batch off the link, so that none spills into the next measurement. */
    private void awaitReceipts(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + RECEIPTS_WAIT.toNanos();
        while (received < expected - refused.get() && System.nanoTime() < deadline) {
            if (esme.awaitDeliverSm(Duration.ofMillis(100)) != null) received++;
        }
    }
}
