package loa.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import loa.campaign.CallEvents;
import loa.campaign.CallOutcome;

/**
 * What a placer told the campaign about one call, in order, as words: {@code ringing},
 * {@code congestion 503}, {@code answered}, {@code ended FAILED 503}.
 */
final class RecordedCallEvents implements CallEvents {
    final List<String> events = new CopyOnWriteArrayList<>();
    final CompletableFuture<String> answered = new CompletableFuture<>();
    final CompletableFuture<Ended> ended = new CompletableFuture<>();

    record Ended(CallOutcome outcome, int status) {
    }

    @Override
    public void onRinging(String callId) {
        events.add("ringing");
    }

    @Override
    public void onCongestion(String callId, int sipStatus) {
        events.add("congestion " + sipStatus);
    }

    @Override
    public void onAnswered(String callId) {
        events.add("answered");
        answered.complete(callId);
    }

    @Override
    public void onEnded(String callId, CallOutcome outcome, int sipStatus) {
        events.add("ended " + outcome + " " + sipStatus);
        ended.complete(new Ended(outcome, sipStatus));
    }

    /** How the call ended, waiting for it up to {@code limit}. */
    Ended endedWithin(Duration limit) throws Exception {
        return ended.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    void assertEndedOnce() {
        assertThat(events).filteredOn(e -> e.startsWith("ended ")).hasSize(1);
    }
}
