package loa.harness.voicebrowser.vxml;

import java.util.HashMap;
import java.util.Map;

/**
 * How many times each event was thrown while visiting one form item, or the form itself
 * (VoiceXML 2.0 §5.2.2). A form keeps one set per visit, so entering the form again starts
 * them all afresh; {@code <clear>} resets an item's.
 */
final class EventCounters {
    private final Map<Object, Map<String, Integer>> counts = new HashMap<>();

    /** Counts one more {@code event} against {@code owner} (a form item, or the form) and returns the count. */
    int increment(Object owner, String event) {
        return counts.computeIfAbsent(owner, o -> new HashMap<>()).merge(event, 1, Integer::sum);
    }

    void reset(Object owner) {
        counts.remove(owner);
    }
}
