package loa.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import loa.campaign.SmsEvents;
import loa.campaign.SmsReceipts;

/** What a gateway reported, kept for the tests: every outcome of every SMS (to see there is one) and every receipt. */
final class SmppOutcomes implements SmsEvents, SmsReceipts {
    enum Kind { SUBMITTED, FAILED, UNCERTAIN }

    record Outcome(Kind kind, List<String> messageIds, String reason) {
    }

    private final Map<String, List<Outcome>> bySms = new HashMap<>();
    private final Map<String, DeliveryState> receipts = new HashMap<>();

    @Override
    public void onSubmitted(String smsId, List<String> messageIds) {
        add(smsId, new Outcome(Kind.SUBMITTED, messageIds, ""));
    }

    @Override
    public void onFailed(String smsId, String reason) {
        add(smsId, new Outcome(Kind.FAILED, List.of(), reason));
    }

    @Override
    public void onUncertain(String smsId, String reason) {
        add(smsId, new Outcome(Kind.UNCERTAIN, List.of(), reason));
    }

    @Override
    public synchronized void onReceipt(String messageId, DeliveryState state, Instant doneAt) {
        receipts.put(messageId, state);
        notifyAll();
    }

    /** The outcome of {@code smsId}, waiting for it; fails the test if none came within {@code timeout}. */
    synchronized Outcome await(String smsId, Duration timeout) throws InterruptedException {
        waitFor(timeout, () -> bySms.containsKey(smsId), "an outcome for " + smsId);
        return bySms.get(smsId).get(0);
    }

    /** The outcomes of all of {@code smsIds}, waiting for the last. */
    synchronized Map<String, Outcome> awaitAll(Collection<String> smsIds, Duration timeout) throws InterruptedException {
        waitFor(timeout, () -> bySms.keySet().containsAll(smsIds), "outcomes for all of " + smsIds.size() + " SMS");
        Map<String, Outcome> outcomes = new HashMap<>();
        smsIds.forEach(id -> outcomes.put(id, bySms.get(id).get(0)));
        return outcomes;
    }

    /** The receipts of all of {@code messageIds}, waiting for the last. */
    synchronized Map<String, DeliveryState> awaitReceipts(Collection<String> messageIds, Duration timeout) throws InterruptedException {
        waitFor(timeout, () -> receipts.keySet().containsAll(messageIds), "receipts for " + messageIds);
        Map<String, DeliveryState> found = new HashMap<>(receipts);
        found.keySet().retainAll(messageIds);
        return found;
    }

    /** How many outcomes {@code smsId} got: the gateway's contract is exactly one. */
    synchronized int count(String smsId) {
        return bySms.getOrDefault(smsId, List.of()).size();
    }

    private synchronized void add(String smsId, Outcome outcome) {
        bySms.computeIfAbsent(smsId, id -> new ArrayList<>()).add(outcome);
        notifyAll();
    }

    private void waitFor(Duration timeout, BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + what + " within " + timeout + "; outcomes so far: " + bySms);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
