package loa.sms;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import loa.campaign.SmsEvents;
import loa.campaign.SmsGateway;
import loa.campaign.SmsReceipts;
import loa.campaign.SmsRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The campaign's SMS over SMPP 3.4 (jSMPP): one supervised bind ({@link SmppLink}), a window of
 * {@code window} SMS in flight, each sending its segments in order on the bounded pool
 * {@code smpp-submit-%d} at the pace of {@link SmppRate}; delivery receipts go to the
 * {@link SmsReceipts} given here, on the thread {@code smpp-receipt-1}.
 *
 * <p>Lifecycle: {@link #start()} binds in the background and returns; {@link #stop()} refuses
 * new SMS, lets those in flight finish for up to the response timeout, then unbinds.
 */
public final class SmppSmsGateway implements SmsGateway {
    private static final Logger log = LoggerFactory.getLogger(SmppSmsGateway.class);
    /** Receipts waiting to be recorded; beyond it the SMSC is told to send them again later. */
    static final int RECEIPT_QUEUE = 10_000;

    private final SmscSettings settings;
    private final SmppCounters counters = new SmppCounters();
    private final SmppRate rate;
    private final Semaphore window;
    private final AtomicInteger references = new AtomicInteger();
    private final ThreadPoolExecutor receiptThread;
    private final ThreadPoolExecutor submitThreads;
    private final SmppLink link;
    private volatile boolean running;

    /** Receipts go to {@code receipts}; their dates fall back to the system clock. */
    public SmppSmsGateway(SmscSettings settings, SmsReceipts receipts) {
        this(settings, receipts, Clock.systemUTC());
    }

    SmppSmsGateway(SmscSettings settings, SmsReceipts receipts, Clock clock) {
        this.settings = settings;
        this.rate = new SmppRate(settings.rate(), System::nanoTime);
        this.window = new Semaphore(settings.window(), true);
        this.receiptThread = pool("smpp-receipt", 1, RECEIPT_QUEUE);
        this.submitThreads = pool("smpp-submit", settings.window(), settings.window());
        this.link = new SmppLink(settings, new SmppReceiptListener(receipts, receiptThread, settings.receiptZone(), clock, counters));
    }

    /** Starts binding (and re-binding, whenever the link is lost) in the background; returns at once. */
    public synchronized void start() {
        link.start();
        running = true;
        log.info("SMS gateway started towards {}", settings);
    }

    /**
     * Takes {@code sms}; the outcome goes to {@code events}, exactly once, on a submit thread.
     * Waits up to {@code window-wait} for room in the window.
     *
     * @throws RejectedExecutionException when the window stayed full, or the gateway is not running;
     *                                    then the SMS was not taken and no event follows
     */
    @Override
    public void submit(SmsRequest sms, SmsEvents events) {
        if (!running) {
            throw new RejectedExecutionException("the SMS gateway is not running; SMS " + sms.smsId() + " not taken");
        }
        acquireRoom(sms);
        try {
            submitThreads.execute(() -> {
                try {
                    new SmppSubmission(sms, events, () -> segmentsOf(sms), settings, link, rate, counters).run();
                } finally {
                    window.release();
                }
            });
        } catch (RejectedExecutionException stopped) {
            window.release();
            throw stopped;
        }
    }

    /** Waits until the gateway is bound to the SMSC; false if it was not within {@code timeout}. */
    public boolean awaitBound(Duration timeout) throws InterruptedException {
        return link.awaitBound(System.nanoTime() + timeout.toNanos()) != null;
    }

    /** The counts since start, the SMSC's latency and the link's state, for the worker to show. */
    public SmscStats stats() {
        return counters.snapshot(settings.window() - window.availablePermits(), rate.perSecond(), link.state(), link.lastError());
    }

    @Override
    public Map<String, String> report() {
        return stats().asReport();
    }

    /** Stops in reverse order: new SMS refused, SMS in flight finished (or reported), unbind, receipts drained. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        long grace = settings.responseTimeout().toMillis();
        try {
            submitThreads.shutdown();
            if (!submitThreads.awaitTermination(grace, TimeUnit.MILLISECONDS)) {
                log.info("SMS gateway stopping: {} SMS still in flight are ended now", settings.window() - window.availablePermits());
                submitThreads.shutdownNow();
                submitThreads.awaitTermination(grace, TimeUnit.MILLISECONDS);
            }
            link.stop();
            receiptThread.shutdown();
            receiptThread.awaitTermination(grace, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("SMS gateway stopped: {}", stats());
    }

    private void acquireRoom(SmsRequest sms) {
        try {
            if (window.tryAcquire(settings.windowWait().toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while waiting for room in the SMS window; SMS " + sms.smsId() + " not taken");
        }
        log.warn("SMS {} not taken: the window of {} SMS stayed full for {} ms", sms.smsId(), settings.window(),
                settings.windowWait().toMillis());
        throw new RejectedExecutionException("the SMS window of " + settings.window() + " stayed full for "
                + settings.windowWait().toMillis() + " ms; SMS " + sms.smsId() + " not taken");
    }

    private List<SmppSegmentPdu> segmentsOf(SmsRequest sms) {
        return SmppSegmentPdu.of(sms.text(), settings.concatenation(), references.incrementAndGet());
    }

    private static ThreadPoolExecutor pool(String name, int threads, int queue) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), SmppThreads.named(name));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
