package loa.harness.smsc;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What the simulator counted since start or the last reset. Thread-safe and cheap on the submit path. */
public final class SmscCounters {
    private final LongAdder submitsReceived = new LongAdder();
    private final Map<Integer, LongAdder> submitResponses = new ConcurrentHashMap<>();
    private final LongAdder responsesWithheld = new LongAdder();
    private final LongAdder enquireLinksAnswered = new LongAdder();
    private final LongAdder receiptsSent = new LongAdder();
    private final LongAdder receiptsLost = new LongAdder();
    private final LongAdder bindsAccepted = new LongAdder();
    private final LongAdder bindsRejected = new LongAdder();

    void submitReceived() {
        submitsReceived.increment();
    }

    /** Counted as the submit_sm_resp goes onto the wire, so a count is a response the client can see. */
    void submitAnswered(int status) {
        submitResponses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    void responseWithheld() {
        responsesWithheld.increment();
    }

    void enquireLinkAnswered() {
        enquireLinksAnswered.increment();
    }

    void receiptSent() {
        receiptsSent.increment();
    }

    void receiptLost() {
        receiptsLost.increment();
    }

    void bindAccepted() {
        bindsAccepted.increment();
    }

    void bindRejected() {
        bindsRejected.increment();
    }

    public long submitsReceived() {
        return submitsReceived.sum();
    }

    /** submit_sm_resp sent with this command_status. */
    public long submitResponses(int status) {
        LongAdder count = submitResponses.get(status);
        return count == null ? 0 : count.sum();
    }

    /** submit_sm_resp sent, by status name ({@code ESME_ROK}, {@code ESME_RTHROTTLED}, ...). */
    public Map<String, Long> submitResponsesByStatus() {
        Map<String, Long> byName = new TreeMap<>();
        submitResponses.forEach((status, count) -> byName.put(CommandStatus.name(status), count.sum()));
        return byName;
    }

    /** Responses of any kind not sent because the simulator was told to stop answering. */
    public long responsesWithheld() {
        return responsesWithheld.sum();
    }

    public long enquireLinksAnswered() {
        return enquireLinksAnswered.sum();
    }

    public long receiptsSent() {
        return receiptsSent.sum();
    }

    /** Receipts given up: no receiver bound in time, or too many waiting. */
    public long receiptsLost() {
        return receiptsLost.sum();
    }

    public long bindsAccepted() {
        return bindsAccepted.sum();
    }

    public long bindsRejected() {
        return bindsRejected.sum();
    }

    void reset() {
        for (LongAdder adder : new LongAdder[] {submitsReceived, responsesWithheld, enquireLinksAnswered, receiptsSent,
                receiptsLost, bindsAccepted, bindsRejected}) {
            adder.reset();
        }
        submitResponses.clear();
    }
}
