package loa.campaign;

import java.time.Duration;
import java.util.List;

/**
 * The campaign's events (answers, ended attempts, released SMS) read as a group: each event goes
 * to one reader of the group, which acknowledges it once handled. A reader that dies leaves its
 * events to be taken over, so nothing is skipped.
 */
public interface EventFeed {

    /** One event: its id in the feed, type (answer, ended, sms-release), call id (may be null) and msisdn. */
    record Event(String id, String type, String callId, String msisdn) {
    }

    /**
     * Up to {@code max} events for {@code consumer} of {@code group}, waiting up to {@code block}
     * for some: first those it was handed before and did not acknowledge, then new ones. A new
     * group starts at the beginning of the feed, so a worker that was never run catches up.
     */
    List<Event> read(String group, String consumer, int max, Duration block);

    void ack(String group, List<String> ids);

    /** Hands {@code consumer} the events other readers of {@code group} took and left unacknowledged for {@code idle}. */
    List<Event> takeOver(String group, String consumer, Duration idle, int max);

    /**
     * Drops the events every reader of {@code group} has handled, so the feed does not grow with
     * the campaign (tens of millions of events): the group is the feed's only reader.
     */
    void trimHandled(String group);
}
