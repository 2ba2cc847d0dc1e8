import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import loa.campaign.Answer;
import loa.campaign.AnswerRecord;
import loa.campaign.AttemptResult;
import loa.campaign.CallOutcome;
import loa.campaign.Campaign;
import loa.campaign.Claim;
import loa.campaign.PhoneNumber;
import loa.campaign.RetryDecision;
import loa.campaign.SubscriberBatch;
import loa.campaign.WindowId;
import loa.store.RedisStore;

/**
 * N subscribers who pressed 1 and whose call is over, written by loa's own store as the launcher
 * and the dialog app write them (queued, claimed, the call registered, the answer recorded, the
 * attempt settled): the campaign's events then hold an answer and an end for each, as after a
 * day of calls, for the SMS worker to text. Prints the seconds it took.
 */
final class AgreedAudience {
    private static final int BATCH = 1_000;
    private static final int THREADS = 8;
    private static final RetryDecision FINAL = new RetryDecision.Final(RetryDecision.Reason.ANSWERED);

    static Figures prepare(Campaign campaign, Path data, int count) throws Exception {
        long start = System.nanoTime();
        try (RedisStore store = RedisStore.connect(null, data)) {
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                for (int first = 0; first < count; first += BATCH) {
                    List<Claim> claims = queueAndClaim(store, campaign, first, Math.min(BATCH, count - first));
                    List<Future<Void>> calls = claims.stream().map(c -> threads.submit(() -> agreeAndEnd(store, campaign, c))).toList();
                    for (Future<Void> call : calls) call.get();
                }
            } finally {
                threads.shutdown();
            }
        }
        return new Figures(count, 0, System.nanoTime() - start, 0);
    }

    private static List<Claim> queueAndClaim(RedisStore store, Campaign campaign, int first, int count) {
        SubscriberBatch batch = new SubscriberBatch(count);
        for (int i = 0; i < count; i++) batch.queue(new PhoneNumber(SmsBench.FIRST_NATIONAL + first + i), 0);
        store.audienceQueue(campaign.id()).apply(batch);
        List<Claim> claims = store.attemptQueue(campaign.id()).claim(count, Instant.now(), Duration.ofHours(1));
        if (claims.size() != count) throw new IllegalStateException("claimed " + claims.size() + " of " + count);
        return claims;
    }

    private static Void agreeAndEnd(RedisStore store, Campaign campaign, Claim claim) {
        Instant now = Instant.now();
        String call = store.callRecords(Clock.systemUTC()).register(campaign.id(), claim.number(), claim.attempt());
        store.callRecords(Clock.systemUTC()).recordAnswer(campaign.id(), call, claim.number(),
                new AnswerRecord(Answer.AGREED, "1", now, "bench", "v1", "main", Duration.ofSeconds(20)));
        store.attemptQueue(campaign.id()).settle(claim, new AttemptResult(call, CallOutcome.ANSWERED, 200, now, now, now,
                new WindowId(LocalDate.now(), 0)), FINAL);
        return null;
    }
}
