import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import loa.campaign.PhoneNumber;
import loa.campaign.SmsEvents;
import loa.campaign.SmsReceipts;
import loa.campaign.SmsRequest;
import loa.sms.SmppSmsGateway;
import loa.sms.SmsText;
import loa.sms.SmscSettings;

/**
 * loa's gateway alone, as the SMS worker drives it: one bind, SMS handed to submit() one after
 * another from one thread (it waits for room in the window), timed from the first submit to the
 * last onSubmitted: the median of {@value SmsBench#ROUNDS} rounds, after a warm-up of the same SMS
 * on the same bind. After each round the SMSC's receipts are let in, so that none spills into the next.
 */
final class GatewayRun implements SmsEvents, SmsReceipts {
    static final String SENDER = "MOBIFONE.AI";
    static final int WARM_UP = 3_000;
    private static final Duration WAIT = Duration.ofMinutes(5);
    /** Receipts come 100 ms after each submit, two at a time: a minute is plenty, and a lost one only costs the wait. */
    private static final Duration RECEIPTS_WAIT = Duration.ofMinutes(1);

    private final AtomicInteger notSubmitted = new AtomicInteger();
    private final AtomicLong receipts = new AtomicLong();
    private final AtomicLong lastAt = new AtomicLong();
    private volatile CountDownLatch left;

    static Figures run(SmscSettings settings, String text, int count) throws InterruptedException {
        GatewayRun run = new GatewayRun();
        SmppSmsGateway gateway = new SmppSmsGateway(settings, run);
        gateway.start();
        try {
            if (!gateway.awaitBound(Duration.ofSeconds(10))) throw new IllegalStateException("no bind: " + gateway.stats());
            int segments = SmsText.of(text).segmentCount();
            run.batch(gateway, text, SmsBench.FIRST_NATIONAL, WARM_UP);
            run.awaitReceipts((long) WARM_UP * segments);
            run.notSubmitted.set(0);
            long[] rounds = new long[SmsBench.ROUNDS];
            for (int r = 0; r < rounds.length; r++) {
                rounds[r] = run.batch(gateway, text, SmsBench.FIRST_NATIONAL + WARM_UP + r * count, count);
                run.awaitReceipts((long) (WARM_UP + (r + 1) * count) * segments);
            }
            return new Figures(count, segments, SmsBench.median(rounds), run.notSubmitted.get());
        } finally {
            gateway.stop();
        }
    }

    /** Submits {@code count} SMS to consecutive numbers; returns the nanoseconds from the first submit to the last answer. */
    private long batch(SmppSmsGateway gateway, String text, int firstNational, int count) throws InterruptedException {
        left = new CountDownLatch(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            gateway.submit(new SmsRequest("bench" + (firstNational + i), new PhoneNumber(firstNational + i), SENDER, text), this);
        }
        if (!left.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) throw new IllegalStateException("answers missing: " + gateway.stats());
        return lastAt.get() - start;
    }

    private void awaitReceipts(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + RECEIPTS_WAIT.toNanos();
        while (receipts.get() < expected - notSubmitted.get() && System.nanoTime() < deadline) Thread.sleep(20);
    }

    @Override
    public void onSubmitted(String smsId, List<String> messageIds) {
        answered();
    }

    @Override
    public void onFailed(String smsId, String reason) {
        notSubmitted.incrementAndGet();
        answered();
    }

    @Override
    public void onUncertain(String smsId, String reason) {
        notSubmitted.incrementAndGet();
        answered();
    }

    @Override
    public void onReceipt(String messageId, DeliveryState state, Instant doneAt) {
        receipts.incrementAndGet();
    }

    private void answered() {
        lastAt.accumulateAndGet(System.nanoTime(), Math::max);
        left.countDown();
    }
}
