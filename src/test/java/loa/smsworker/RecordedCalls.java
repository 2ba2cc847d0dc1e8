package loa.smsworker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import loa.campaign.Answer;
import loa.campaign.AnswerRecord;
import loa.campaign.AttemptResult;
import loa.campaign.CallOutcome;
import loa.campaign.Claim;
import loa.campaign.PhoneNumber;
import loa.campaign.RetryDecision;
import loa.campaign.SubscriberBatch;
import loa.campaign.WindowId;
import loa.store.RedisStore;

/**
 * Calls recorded in a real Redis the way the real parts record them: queued, claimed as the
 * launcher claims, registered, answered as the dialog records a key, settled as the launcher
 * settles. What the SMS worker reads is then the campaign's own events.
 */
public final class RecordedCalls {
    static final RetryDecision FINAL = new RetryDecision.Final(RetryDecision.Reason.ANSWERED);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final RedisStore store;
    private final String campaignId;

    public RecordedCalls(RedisStore store, String campaignId) {
        this.store = store;
        this.campaignId = campaignId;
    }

    /** One attempt to {@code number}, claimed as the launcher does; nothing answered or ended yet. */
    public Call call(PhoneNumber number) {
        SubscriberBatch batch = new SubscriberBatch(1);
        batch.queue(number, 0);
        store.audienceQueue(campaignId).apply(batch);
        Claim claim = store.attemptQueue(campaignId).claim(1, Instant.now(), LEASE).get(0);
        if (!claim.number().equals(number)) throw new IllegalStateException("claimed " + claim.number() + ", not " + number);
        return new Call(claim);
    }

    /**
     * {@code count} subscribers from the national number {@code first}, each called, answered and
     * ended: every one whose number is a multiple of three declined, the others pressed 1.
     * Returns those who agreed.
     */
    public List<PhoneNumber> agreedAndDeclined(int first, int count) {
        SubscriberBatch batch = new SubscriberBatch(count);
        for (int i = 0; i < count; i++) batch.queue(new PhoneNumber(first + i), 0);
        store.audienceQueue(campaignId).apply(batch);
        List<Claim> claims = store.attemptQueue(campaignId).claim(count, Instant.now(), LEASE);
        if (claims.size() != count) throw new IllegalStateException(claims.size() + " of " + count + " subscribers claimed");
        List<PhoneNumber> agreed = new ArrayList<>();
        for (Claim claim : claims) {
            Call call = new Call(claim);
            if (claim.number().national() % 3 == 0) call.decline();
            else {
                call.agree();
                agreed.add(claim.number());
            }
            call.end();
        }
        return agreed;
    }

    /** One claimed attempt with its registered call. */
    public final class Call {
        private final Claim claim;
        private final String id;

        Call(Claim claim) {
            this.claim = claim;
            this.id = store.callRecords(Clock.systemUTC()).register(campaignId, claim.number(), claim.attempt());
        }

        public void agree() {
            answer(Answer.AGREED, "1");
        }

        public void decline() {
            answer(Answer.DECLINED, "2");
        }

        private void answer(Answer answer, String key) {
            store.callRecords(Clock.systemUTC()).recordAnswer(campaignId, id, claim.number(),
                    new AnswerRecord(answer, key, Instant.now(), "vb", "v1", "main", Duration.ofSeconds(20)));
        }

        /** The launcher settles the attempt: the call is over. */
        public void end() {
            Instant now = Instant.now();
            store.attemptQueue(campaignId).settle(claim, new AttemptResult(id, CallOutcome.ANSWERED, 200, now, now, now,
                    new WindowId(LocalDate.now(), 0)), FINAL);
        }
    }
}
