package loa.campaign;

import java.time.Duration;
import java.util.Optional;

/**
 * The record of each call placed for a campaign, and the answer given in it. Implementations
 * are safe for concurrent use by any number of threads and processes.
 */
public interface CallRecords {

    /** A new call to {@code number}, its {@code attempt} (1, 2…); returns the call's id. */
    String register(String campaignId, PhoneNumber number, int attempt);

    /**
     * A call for trying the dialog by hand: it records its answer on the call only (the
     * subscriber's state, the SMS and the reports never see it) and is forgotten after {@code keepFor}.
     */
    String registerTest(String campaignId, PhoneNumber number, Duration keepFor);

    /**
     * Records the answer given in a call to {@code number}, once: a repeated submit changes
     * nothing. Also moves the subscriber to the answer's state and appends the answer to the
     * campaign's events.
     *
     * @return the call's answer: this one, or the one recorded before; empty when the campaign
     *     placed no such call to that number
     */
    Optional<Answer> recordAnswer(String campaignId, String callId, PhoneNumber number, AnswerRecord record);
}
