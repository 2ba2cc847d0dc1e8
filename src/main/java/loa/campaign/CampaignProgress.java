package loa.campaign;

import java.util.Map;

/**
 * Where a campaign stands, from the counters every launcher and the dialog app keep: how many
 * subscribers wait for which attempt, how many are on a call, how many are done, and how the
 * attempts ended (outcome label to count) and what the subscribers answered (answer label to count).
 */
public record CampaignProgress(long audience, long withdrawn, long firstPending, long retryPending, long calling,
                               long done, long attempts, Map<String, Long> outcomes, Map<String, Long> answers) {
    public CampaignProgress {
        outcomes = Map.copyOf(outcomes);
        answers = Map.copyOf(answers);
    }

    public long answer(Answer answer) {
        return answers.getOrDefault(answer.label(), 0L);
    }

    /** Nobody waits for a call and nobody is on one: the campaign has nothing more to do. */
    public boolean isFinished() {
        return firstPending == 0 && retryPending == 0 && calling == 0;
    }

    public long outcome(CallOutcome outcome) {
        return outcomes.getOrDefault(outcome.label(), 0L);
    }
}
