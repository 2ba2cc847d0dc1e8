package loa.harness.subscribers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The calls the subscribers took, by Call-ID in arrival order; the oldest go past {@link #CAPACITY}. */
final class CallBook {
    static final int CAPACITY = 100_000;

    private final Map<String, SubscriberCall> calls = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SubscriberCall> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void add(String callId, SubscriberCall call) {
        calls.put(callId, call);
    }

    List<CallRecord> records() {
        return snapshot().stream().map(SubscriberCall::record).toList();
    }

    synchronized Optional<CallRecord> record(String callId) {
        return Optional.ofNullable(calls.get(callId)).map(SubscriberCall::record);
    }

    private synchronized List<SubscriberCall> snapshot() {
        return List.copyOf(calls.values());
    }
}
