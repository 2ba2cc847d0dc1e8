package loa.audience;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import loa.campaign.AudienceQueue;

/**
 * What an import did with every line after the header. Each line lands in exactly one
 * count, so the counts add up to {@link #linesRead()}.
 */
public final class ImportReport {
    private long linesRead;
    private AudienceQueue.Applied stored = AudienceQueue.Applied.NOTHING;
    private long alreadyQueued;
    private final Map<String, Long> excluded = new LinkedHashMap<>();
    private long suppressed;
    private long duplicate;
    private final Problems invalid = new Problems();

    ImportReport(List<String> ruleNames) {
        ruleNames.forEach(name -> excluded.put(name, 0L));
    }

    void countLine() {
        linesRead++;
    }

    void countExcluded(String rule) {
        excluded.merge(rule, 1L, Long::sum);
    }

    void countSuppressed() {
        suppressed++;
    }

    void countDuplicate() {
        duplicate++;
    }

    void countInvalid(int line, String reason) {
        invalid.add(line, reason);
    }

    /** What the store did with every line sent to it; {@code known} eligible subscribers it already had. */
    void stored(AudienceQueue.Applied applied, long known) {
        stored = applied;
        alreadyQueued = known;
    }

    public long linesRead() {
        return linesRead;
    }

    /** Subscribers queued for a first attempt by this import. */
    public long queued() {
        return stored.queued();
    }

    /** Eligible subscribers the campaign already had from an earlier import, left as they were. */
    public long alreadyQueued() {
        return alreadyQueued;
    }

    /** Excluded subscribers per campaign rule, in the campaign's rule order. */
    public Map<String, Long> excluded() {
        return Collections.unmodifiableMap(excluded);
    }

    public long suppressed() {
        return suppressed;
    }

    /** Lines whose number came earlier in the same file; the first line of a number counts. */
    public long duplicate() {
        return duplicate;
    }

    /**
     * Numbers taken back out of the campaign's calls: queued by an earlier import or an earlier
     * line, then excluded, suppressed or made doubtful by a later one, whether they were waiting
     * for their first attempt or their retry, or in a call (then final once it ends). Not a row
     * of its own: every such line is already counted where it belongs.
     */
    public long withdrawn() {
        return stored.withdrawnInAll();
    }

    public Problems invalid() {
        return invalid;
    }

    public long sumOfCounts() {
        return queued() + alreadyQueued + excluded.values().stream().mapToLong(Long::longValue).sum()
                + suppressed + duplicate + invalid.count();
    }

    /**
     * The counts a re-run of the same file reproduces exactly: eligible is queued plus already
     * queued, so an interrupted import and its re-run leave what one clean run leaves.
     */
    public Map<String, Long> lastingCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("lines", linesRead);
        counts.put("eligible", queued() + alreadyQueued);
        excluded.forEach((rule, n) -> counts.put("excluded:" + rule, n));
        counts.put("suppressed", suppressed);
        counts.put("duplicate", duplicate);
        counts.put("invalid", invalid.count());
        return counts;
    }

    /** The table printed at the end of an import. */
    public String table() {
        StringBuilder out = new StringBuilder();
        row(out, "lines read (after the header)", linesRead);
        row(out, "  queued for a first attempt", queued());
        row(out, "  already queued by an earlier import", alreadyQueued);
        excluded.forEach((rule, n) -> row(out, "  excluded: " + rule, n));
        row(out, "  suppressed", suppressed);
        row(out, "  duplicate in this file", duplicate);
        row(out, "  invalid", invalid.count());
        out.append(invalid.listed("    "));
        if (withdrawn() > 0) {
            out.append(String.format("%,d numbers queued before were withdrawn: a later line or list excluded them%n", withdrawn()));
        }
        if (withdrawn() > stored.withdrawn()) {
            out.append(String.format("  of them %,d were due for a retry, and %,d in a call now, which is their last%n",
                    stored.withdrawnFromRetries(), stored.withdrawnInCall()));
        }
        return out.toString();
    }

    static void row(StringBuilder out, String label, long n) {
        out.append(String.format("%-42s %,14d%n", label, n));
    }
}
