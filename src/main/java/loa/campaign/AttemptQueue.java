package loa.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The campaign's subscribers due for a call, shared by every launcher of the campaign.
 * Implementations are safe to call from several threads and several processes at once: every
 * method is one atomic step, so no subscriber is handed to two launchers and none is called a
 * third time.
 *
 * <p>A claim is a lease. The launcher settles it when the attempt is over; a launcher that died
 * leaves leases that {@link #expireLeases} settles as {@link CallOutcome#LOST}. The attempt
 * still counts: a lost first attempt becomes a retry due at once, a lost second attempt is final.
 */
public interface AttemptQueue {

    /**
     * Claims up to {@code max} subscribers due at {@code now}: first those queued for a first
     * attempt, then retries whose due time has come. Each is leased until {@code now + lease}.
     * Only a queued subscriber (attempt 1) or a due retry (attempt 2) is ever claimable.
     */
    List<Claim> claim(int max, Instant now, Duration lease);

    /**
     * Ends a claimed attempt and keeps its record ({@code result}, on the call and in the
     * campaign's events, where the SMS worker learns that the call is over). A
     * {@link RetryDecision.Final} leaves the subscriber done; a {@link RetryDecision.RetryNotBefore}
     * after attempt 1 makes it claimable again from that moment (after attempt 2 it is final
     * whatever the decision, and so is a subscriber suppressed during the call). An answer the
     * dialog already recorded is kept. Returns false, changing nothing, when the lease is no
     * longer held (it expired and was settled as lost, or was settled before).
     */
    boolean settle(Claim claim, AttemptResult result, RetryDecision decision);

    /** Settles every lease expired at {@code now} as {@link CallOutcome#LOST}; returns how many. */
    int expireLeases(Instant now);

    /** The campaign's counters as they stand. */
    CampaignProgress progress();
}
