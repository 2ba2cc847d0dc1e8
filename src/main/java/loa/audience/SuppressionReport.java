package loa.audience;

import loa.campaign.AudienceQueue;

/**
 * What applying suppression lists to a campaign did: each distinct number on them lands in
 * exactly one row, so the rows add up to {@link #numbersRead()}.
 */
public final class SuppressionReport {
    private final long numbersRead;
    private final AudienceQueue.Applied withdrawals;
    private final Problems problems;

    SuppressionReport(long numbersRead, AudienceQueue.Applied withdrawals, Problems problems) {
        this.numbersRead = numbersRead;
        this.withdrawals = withdrawals;
        this.problems = problems;
    }

    /** Distinct numbers on the lists. */
    public long numbersRead() {
        return numbersRead;
    }

    /** How many were withdrawn, by the state they were in. */
    public AudienceQueue.Applied withdrawals() {
        return withdrawals;
    }

    /** Numbers the campaign does not have, or has already withdrawn, called for the last time or heard an answer from. */
    public long leftAsTheyWere() {
        return numbersRead - withdrawals.withdrawnInAll();
    }

    /** Lines of the lists that are not numbers. */
    public Problems problems() {
        return problems;
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        ImportReport.row(out, "numbers on the lists", numbersRead);
        ImportReport.row(out, "  withdrawn from the first-attempt queue", withdrawals.withdrawn());
        ImportReport.row(out, "  withdrawn from the retries", withdrawals.withdrawnFromRetries());
        ImportReport.row(out, "  withdrawn in a call (final once it ends)", withdrawals.withdrawnInCall());
        ImportReport.row(out, "  not in the campaign, or already final", leftAsTheyWere());
        ImportReport.row(out, "lines that are not numbers", problems.count());
        out.append(problems.listed("    "));
        return out.toString();
    }
}
