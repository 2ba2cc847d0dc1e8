package loa.campaign;

/**
 * The arithmetic of CAMPAIGN.md §5 for real figures: how many attempts an audience costs,
 * how many channel-seconds they hold, and what that means in days or in channels.
 *
 * <p>Each round of attempts is the unanswered part of the round before (times the share of
 * those that are retried), for as many rounds as the campaign allows attempts.
 */
public record CapacityPlan(long audience, Assumptions assumptions, int maxAttempts, long windowSecondsPerDay) {

    /** What a plan assumes about the calls; every figure can be replaced by a measured one. */
    public record Assumptions(double answerRate, double answeredSeconds, double unansweredSeconds,
                              double retriedShare) {
    }

    /** Attempts in each round: index 0 is the first attempts, 1 the retries, and so on. */
    public double[] attemptsPerRound() {
        double[] rounds = new double[maxAttempts];
        double next = audience;
        double carriedOver = (1 - assumptions.answerRate()) * assumptions.retriedShare();
        for (int round = 0; round < maxAttempts; round++) {
            rounds[round] = next;
            next *= carriedOver;
        }
        return rounds;
    }

    public double attempts() {
        double total = 0;
        for (double round : attemptsPerRound()) total += round;
        return total;
    }

    /** The average seconds one attempt holds a channel. */
    public double secondsPerAttempt() {
        double a = assumptions.answerRate();
        return a * assumptions.answeredSeconds() + (1 - a) * assumptions.unansweredSeconds();
    }

    public double channelSeconds() {
        return attempts() * secondsPerAttempt();
    }

    /** Hours of calling windows the campaign needs at {@code channels}. */
    public double windowHours(int channels) {
        return channelSeconds() / channels / 3600;
    }

    /** Days of windows to finish at {@code channels}. */
    public double daysAt(int channels) {
        return channelSeconds() / channels / windowSecondsPerDay;
    }

    /** Simultaneous channels needed to finish in {@code days} days of windows. */
    public double channelsFor(double days) {
        return channelSeconds() / (days * windowSecondsPerDay);
    }

    /** New calls a second when the campaign finishes in {@code days} days of windows. */
    public double callsPerSecondFor(double days) {
        return attempts() / (days * windowSecondsPerDay);
    }

    /** New calls a second that {@code channels} busy channels start. */
    public double callsPerSecondAt(int channels) {
        return channels / secondsPerAttempt();
    }
}
