package loa.audience;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a CSV file one line at a time without holding it in memory: a UTF-8 byte-order mark,
 * CRLF or LF line ends, and fields in double quotes (with {@code ""} for a quote) as BI tools
 * export them. A record is one line: a quoted field never spans lines, so a stray quote spoils
 * its own line and nothing after it.
 */
public final class CsvLines implements Closeable {
    private static final int MAX_FIELDS = 256;
    /** Longer lines are not audience lines (a binary file, line ends of CR alone): reported, skipped. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long bytesConsumed;
    private int lineNumber;
    private boolean eof;

    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];
    private final boolean[] quoted = new boolean[MAX_FIELDS];
    private int fieldCount;
    private int lineStart;
    private String problem;

    public CsvLines(InputStream in) throws IOException {
        this.in = in;
        fill();
        skipByteOrderMark();
    }

    /** Moves to the next line; false at the end of the file. */
    public boolean next() throws IOException {
        int end = findLineEnd();
        if (end < 0) return false;
        lineNumber++;
        if (end - lineStart > MAX_LINE_BYTES) return skipLongLine();
        int contentEnd = end > lineStart && buf[end - 1] == '\r' ? end - 1 : end;
        split(lineStart, contentEnd);
        if (problem == null && indexOf('\r', lineStart, contentEnd) >= 0) {
            problem = "a carriage return inside the line (lines must end with LF or CRLF)";
        }
        pos = Math.min(end + 1, limit);
        bytesConsumed += pos - lineStart;
        return true;
    }

    /** Reads past a line too long to hold, to the next line end, and reports it. */
    private boolean skipLongLine() throws IOException {
        fieldCount = 0;
        problem = "longer than " + (MAX_LINE_BYTES >> 20) + " MiB (lines must end with LF or CRLF)";
        while (true) {
            int newline = indexOf('\n', pos, limit);
            if (newline >= 0) {
                bytesConsumed += newline + 1 - pos;
                pos = newline + 1;
                return true;
            }
            bytesConsumed += limit - pos;
            pos = limit;
            if (eof) return true;
            compactAndFill();
        }
    }

    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == c) return i;
        }
        return -1;
    }

    /** 1-based number of the current line in the file. */
    public int lineNumber() {
        return lineNumber;
    }

    public long bytesConsumed() {
        return bytesConsumed;
    }

    /** Why the current line cannot be read as CSV, or null when it can. */
    public String problem() {
        return problem;
    }

    public int fieldCount() {
        return fieldCount;
    }

    public boolean isBlank() {
        return fieldCount == 1 && ends[0] == starts[0] && !quoted[0];
    }

    public String field(int i) {
        String text = new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        return quoted[i] && text.indexOf('"') >= 0 ? text.replace("\"\"", "\"") : text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void split(int from, int to) {
        fieldCount = 0;
        problem = null;
        int i = from;
        while (problem == null) {
            if (fieldCount == MAX_FIELDS) {
                problem = "more than " + MAX_FIELDS + " fields";
                return;
            }
            boolean startsQuoted = i < to && buf[i] == '"';
            i = startsQuoted ? quotedField(i, to) : plainField(i, to);
            if (i >= to) return;
            i++; // the comma
        }
    }

    private int plainField(int from, int to) {
        int i = from;
        while (i < to && buf[i] != ',') {
            if (buf[i] == '"') problem = "a quote inside an unquoted field (column " + (fieldCount + 1) + ")";
            i++;
        }
        addField(from, i, false);
        return i;
    }

    private int quotedField(int from, int to) {
        int i = from + 1;
        while (i < to) {
            if (buf[i] == '"') {
                if (i + 1 < to && buf[i + 1] == '"') {
                    i += 2;
                    continue;
                }
                addField(from + 1, i, true);
                if (i + 1 < to && buf[i + 1] != ',') {
                    problem = "text after a closing quote (column " + fieldCount + ")";
                }
                return i + 1;
            }
            i++;
        }
        problem = "a quote that is not closed on its line (column " + (fieldCount + 1) + ")";
        return to;
    }

    private void addField(int from, int to, boolean isQuoted) {
        starts[fieldCount] = from;
        ends[fieldCount] = to;
        quoted[fieldCount++] = isQuoted;
    }

    /** Index of the current line's '\n' (or of the end of the file), with the line whole in buf. */
    private int findLineEnd() throws IOException {
        while (true) {
            int newline = indexOf('\n', pos, limit);
            if (newline >= 0 || limit - pos > MAX_LINE_BYTES) {
                lineStart = pos;
                return newline >= 0 ? newline : limit;
            }
            if (eof) {
                if (pos >= limit) return -1;
                lineStart = pos;
                return limit;
            }
            compactAndFill();
        }
    }

    private void compactAndFill() throws IOException {
        int remaining = limit - pos;
        if (pos == 0 && remaining == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        else System.arraycopy(buf, pos, buf, 0, remaining);
        pos = 0;
        limit = remaining;
        fill();
    }

    private void fill() throws IOException {
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return;
            }
            limit += n;
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (limit >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
            throw new IOException("the file is UTF-16; export it as UTF-8 CSV");
        }
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
            bytesConsumed = 3;
        }
    }
}
