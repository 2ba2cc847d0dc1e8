package loa.audience;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import loa.campaign.PhoneNumber;

/**
 * Numbers never to call, read from plain files: one number a line in any accepted spelling
 * (the first CSV field is taken, so a one-column export with an {@code msisdn} header works).
 * Blank lines and lines starting with {@code #} are skipped; a line that is not a number is
 * counted and reported, and does not stop the rest.
 */
public final class SuppressionList {
    private final NumberSet numbers = new NumberSet();
    private final Problems problems = new Problems();

    public void read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); CsvLines csv = new CsvLines(in)) {
            while (csv.next()) {
                String first = csv.problem() == null ? csv.field(0).strip() : null;
                if (first != null && (first.isEmpty() || first.startsWith("#") || isHeader(csv, first))) continue;
                PhoneNumber number = first == null ? null : PhoneNumber.parseOrNull(first);
                if (number == null) {
                    String shown = first == null ? csv.problem() : "'" + PhoneNumber.mask(first) + "'";
                    problems.add(csv.lineNumber(), file.getFileName() + ": " + shown + " is not a Vietnamese mobile number");
                } else {
                    numbers.add(number);
                }
            }
        }
    }

    public boolean contains(PhoneNumber number) {
        return numbers.contains(number);
    }

    /** The distinct numbers on the lists, in order. */
    public Iterable<PhoneNumber> numbers() {
        return numbers;
    }

    /** Distinct numbers on the lists. */
    public long size() {
        return numbers.size();
    }

    public Problems problems() {
        return problems;
    }

    private static boolean isHeader(CsvLines csv, String first) {
        return csv.lineNumber() == 1 && first.equalsIgnoreCase(AudienceHeader.MSISDN);
    }
}
