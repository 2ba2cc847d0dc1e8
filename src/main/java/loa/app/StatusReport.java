package loa.app;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import loa.campaign.CallLimits;
import loa.campaign.CallOutcome;
import loa.campaign.Campaign;
import loa.campaign.CampaignProgress;
import loa.campaign.ControlState;

/** A campaign's control word, its limits in force and its progress, as operators read them. */
record StatusReport(Campaign campaign, ControlState control) {

    /** {@code bluezone: paused since 2026-11-25T15:30:00+07:00: maintenance}. */
    String statusLine() {
        String since = control.since() == null ? "" : " since " + Timestamps.local(control.since(), campaign.timeZone());
        String reason = control.reason().isEmpty() ? "" : ": " + control.reason();
        return campaign.id() + ": " + control.status().label() + since + reason;
    }

    /** {@code bluezone: 12.5 calls a second (set by loa limits; the file says 10), 1,000 channels (the file's)}. */
    String limitsLine() {
        CallLimits file = campaign.calls();
        return String.format("%s: %s calls a second (%s), %,d channels (%s)", campaign.id(),
                plain(control.callsPerSecond(file)), source(control.callsPerSecond(), plain(file.callsPerSecond())),
                control.channels(file), source(control.channels(), String.format("%,d", file.channels())));
    }

    /** The counters in the import table's layout: the audience and where its subscribers are, then the attempts and how they ended. */
    void printProgress(PrintWriter out, CampaignProgress progress) {
        row(out, "audience (subscribers ever queued)", progress.audience());
        row(out, "  withdrawn", progress.withdrawn());
        row(out, "  waiting for a first call", progress.firstPending());
        row(out, "  waiting for a retry", progress.retryPending());
        row(out, "  calling now", progress.calling());
        row(out, "  done", progress.done());
        row(out, "attempts", progress.attempts());
        Map<String, Long> unknown = new TreeMap<>(progress.outcomes());
        for (CallOutcome outcome : CallOutcome.values()) {
            row(out, "  " + outcome.label(), progress.outcome(outcome));
            unknown.remove(outcome.label());
        }
        // an outcome a newer launcher counted: shown all the same, so the rows still add up to the attempts
        unknown.forEach((label, n) -> row(out, "  " + label, n));
    }

    private static String source(Object override, String fileValue) {
        return override == null ? "the file's" : "set by loa limits; the file says " + fileValue;
    }

    /** {@code 10}, {@code 12.5}, {@code 0.25}: no trailing zeros, no exponent. */
    private static String plain(double n) {
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }

    private static void row(PrintWriter out, String label, long n) {
        out.printf("%-42s %,14d%n", label, n);
    }
}
