package loa.app;

import java.io.PrintWriter;
import loa.campaign.Campaign;
import loa.campaign.CapacityPlan;

/** The capacity plan as the operator reads it. */
record PlanReport(Campaign campaign, CapacityPlan plan, int channels, double days) {

    void print(PrintWriter out) {
        CapacityPlan.Assumptions a = plan.assumptions();
        out.printf("Capacity plan for %s: %,d subscribers, at most %d attempts each, %.1f h of windows a day%n",
                campaign.id(), plan.audience(), plan.maxAttempts(), campaign.windowSecondsPerDay() / 3600.0);
        out.printf("Assuming %.0f%% of attempts answered, an answered call %.0f s, an unanswered attempt %.0f s, "
                + "%.0f%% of unanswered attempts retried%n%n", a.answerRate() * 100, a.answeredSeconds(),
                a.unansweredSeconds(), a.retriedShare() * 100);
        double[] rounds = plan.attemptsPerRound();
        for (int i = 0; i < rounds.length; i++) {
            out.printf("  %-30s %,16.0f%n", i == 0 ? "first attempts" : "attempt " + (i + 1) + " (retries)", rounds[i]);
        }
        out.printf("  %-30s %,16.0f%n", "attempts in all", plan.attempts());
        out.printf("  %-30s %,16.0f  (%.1f s an attempt on average)%n%n", "channel-seconds", plan.channelSeconds(),
                plan.secondsPerAttempt());
        out.printf("At %,d channels: %,.1f hours of windows = %,.1f days; %,.1f new calls a second%n", channels,
                plan.windowHours(channels), plan.daysAt(channels), plan.callsPerSecondAt(channels));
        out.printf("To finish in %s days: %,.0f channels and %,.1f new calls a second%n", trim(days),
                Math.ceil(plan.channelsFor(days)), plan.callsPerSecondFor(days));
        double cps = campaign.calls().callsPerSecond();
        if (plan.callsPerSecondAt(channels) > cps) {
            double daysAtRate = plan.attempts() / (cps * campaign.windowSecondsPerDay());
            out.printf("The campaign's limit of %s new calls a second holds it back: %,.1f days at that rate%n",
                    trim(cps), daysAtRate);
        }
    }

    private static String trim(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }
}
