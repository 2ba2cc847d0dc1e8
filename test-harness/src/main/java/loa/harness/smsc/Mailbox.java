package loa.harness.smsc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Everything the simulator received, per destination address: each submit_sm with its answer,
 * and each whole message once reassembled. Thread-safe; waiters are woken as messages arrive.
 */
final class Mailbox {
    private final Map<String, List<ReceivedPdu>> pdus = new HashMap<>();
    private final Map<String, List<ReceivedMessage>> messages = new HashMap<>();

    synchronized void add(ReceivedPdu pdu) {
        pdus.computeIfAbsent(pdu.destination().address(), d -> new ArrayList<>()).add(pdu);
    }

    synchronized void add(ReceivedMessage message) {
        messages.computeIfAbsent(message.destination().address(), d -> new ArrayList<>()).add(message);
        notifyAll();
    }

    synchronized List<ReceivedPdu> pdusTo(String destination) {
        return List.copyOf(pdus.getOrDefault(destination, List.of()));
    }

    synchronized List<ReceivedMessage> messagesTo(String destination) {
        return List.copyOf(messages.getOrDefault(destination, List.of()));
    }

    synchronized List<ReceivedMessage> allMessages() {
        return messages.values().stream().flatMap(List::stream).toList();
    }

    synchronized Set<String> destinations() {
        return Set.copyOf(pdus.keySet());
    }

    /** Waits until {@code count} messages reached {@code destination} or the time is up; returns them all. */
    synchronized List<ReceivedMessage> awaitMessagesTo(String destination, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (countTo(destination) < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return messagesTo(destination);
    }

    synchronized void clear() {
        pdus.clear();
        messages.clear();
    }

    private int countTo(String destination) {
        return messages.getOrDefault(destination, List.of()).size();
    }
}
