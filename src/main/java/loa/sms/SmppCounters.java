package loa.sms;

import java.util.concurrent.atomic.LongAdder;

/** The gateway's running counts; cheap to bump from any thread. */
final class SmppCounters {
    private final LongAdder submitted = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder uncertain = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder receipts = new LongAdder();
    private final SmppLatency latency = new SmppLatency();

    void submitted() {
        submitted.increment();
    }

    void failed() {
        failed.increment();
    }

    void uncertain() {
        uncertain.increment();
    }

    void throttled() {
        throttled.increment();
    }

    void receipt() {
        receipts.increment();
    }

    /** submit_sm to its submit_sm_resp, whatever the status. */
    void answeredAfter(long nanos) {
        latency.record(nanos);
    }

    SmscStats snapshot(int inFlight, double rate, SmppLinkState link, String lastLinkError) {
        return new SmscStats(submitted.sum(), failed.sum(), uncertain.sum(), throttled.sum(), receipts.sum(), inFlight,
                latency.average(), latency.p99(), rate, link, lastLinkError);
    }
}
