package loa.audience;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import loa.campaign.AudienceQueue;
import loa.campaign.AudienceRow;
import loa.campaign.Campaign;
import loa.campaign.ExclusionRule;
import loa.campaign.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an audience file into a campaign: streams it line by line, keeps the first line of
 * each number, applies the campaign's rules then the suppression lists, and queues the rest
 * for a first attempt. Reading and classifying run on the caller's thread; batches go to the
 * queue on {@link BatchWriter}'s threads, so the file and the store are busy at the same time.
 *
 * <p>Queuing is idempotent, so an import killed half way and run again ends where one clean
 * run ends, and importing a file twice queues nobody twice.
 */
public final class AudienceImport {
    private static final int MAX_PROVINCES = 1000;
    private static final long PROGRESS_EVERY_LINES = 1 << 16;
    private static final Logger log = LoggerFactory.getLogger(AudienceImport.class);

    private final Campaign campaign;
    private final AudienceQueue queue;
    private final SuppressionList suppressions;
    private final ImportProgress progress;
    private final Map<String, Integer> provinceCodes = new HashMap<>();
    private boolean warnedOfProvinces;

    public AudienceImport(Campaign campaign, AudienceQueue queue, SuppressionList suppressions, ImportProgress progress) {
        this.campaign = campaign;
        this.queue = queue;
        this.suppressions = suppressions;
        this.progress = progress;
    }

    public ImportReport run(Path file) throws IOException, AudienceFormatException {
        List<String> ruleNames = campaign.audience().rules().stream().map(ExclusionRule::name).toList();
        ImportReport report = new ImportReport(ruleNames);
        long totalBytes = Files.size(file);
        try (InputStream in = Files.newInputStream(file); CsvLines csv = new CsvLines(in);
             BatchWriter writer = new BatchWriter(queue)) {
            if (!csv.next()) throw new AudienceFormatException(file.getFileName() + " is empty: it needs a header row");
            AudienceHeader header = AudienceHeader.read(csv, campaign.audience().fieldsUsed());
            writer.start();
            NumberSet seen = new NumberSet();
            while (csv.next()) {
                report.countLine();
                handle(csv, header, report, seen, writer);
                if (report.linesRead() % PROGRESS_EVERY_LINES == 0) {
                    progress.update(csv.bytesConsumed(), totalBytes, report.linesRead());
                }
            }
            writer.finish();
            report.stored(writer.applied(), writer.alreadyQueued());
        }
        queue.recordImport(file.getFileName() + " (" + totalBytes + " bytes)", report.lastingCounts());
        progress.update(totalBytes, totalBytes, report.linesRead());
        return report;
    }

    /**
     * Counts a line where it belongs and queues its subscriber when it is the first line of an
     * eligible number. Never-call wins: a number excluded, suppressed or unreadable on any line
     * is withdrawn (see {@link AudienceQueue#apply}), whichever line came first and whatever an
     * earlier import did.
     */
    private void handle(CsvLines csv, AudienceHeader header, ImportReport report, NumberSet seen, BatchWriter writer)
            throws IOException {
        AudienceRow row;
        try {
            row = header.row(csv);
        } catch (AudienceHeader.InvalidLine invalid) {
            report.countInvalid(csv.lineNumber(), csv.isBlank() ? "an empty line" : invalid.getMessage());
            PhoneNumber doubtful = header.numberOrNull(csv);
            if (doubtful != null) {
                seen.add(doubtful);
                writer.withdraw(doubtful);
            }
            return;
        }
        ExclusionRule rule = campaign.audience().exclusionOf(row);
        boolean suppressed = suppressions.contains(row.number());
        if (!seen.add(row.number())) {
            report.countDuplicate();
        } else if (rule != null) {
            report.countExcluded(rule.name());
        } else if (suppressed) {
            report.countSuppressed();
        } else {
            writer.queue(row.number(), provinceCode(row.province()));
            return;
        }
        if (rule != null || suppressed) writer.withdraw(row.number());
    }

    private int provinceCode(String province) {
        if (province.isEmpty()) return 0;
        Integer code = provinceCodes.get(province);
        if (code != null) return code;
        String name = Normalizer.normalize(province, Normalizer.Form.NFC);
        if (provinceCodes.size() >= MAX_PROVINCES) {
            if (!warnedOfProvinces) {
                log.warn("More than {} distinct provinces in the audience file; from '{}' on they are not kept",
                        MAX_PROVINCES, name);
            }
            warnedOfProvinces = true;
            return 0;
        }
        code = queue.provinceCode(name);
        provinceCodes.put(province, code);
        return code;
    }
}
