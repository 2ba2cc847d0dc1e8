package loa.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

    @Test
    void aByteOrderMarkAndCrlfAreNotPartOfTheData() throws IOException {
        List<String> lines = read("\uFEFFmsisdn,vip\r\n0912345678,yes\r\n");
        assertThat(lines).containsExactly("1:[msisdn, vip]", "2:[0912345678, yes]");
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() throws IOException {
        assertThat(read("\"Huế, Việt Nam\",\"say \"\"có\"\"\",\"\"\n"))
                .containsExactly("1:[Huế, Việt Nam, say \"có\", ]");
    }

    @Test
    void theLastLineNeedsNoLineEnd() throws IOException {
        assertThat(read("a,b\nc,d")).containsExactly("1:[a, b]", "2:[c, d]");
    }

    @Test
    void emptyFieldsAndATrailingCommaAreFields() throws IOException {
        assertThat(read(",x,\n")).containsExactly("1:[, x, ]");
    }

    @Test
    void aStrayQuoteSpoilsOnlyItsOwnLine() throws IOException {
        assertThat(read("a,\"unclosed\nb,c\nd\"e,f\n\"g\"h,i\nj,k\n")).containsExactly(
                "1:a quote that is not closed on its line (column 2)",
                "2:[b, c]",
                "3:a quote inside an unquoted field (column 1)",
                "4:text after a closing quote (column 1)",
                "5:[j, k]");
    }

    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws IOException {
        String longField = "x".repeat(200_000);
        assertThat(read("a," + longField + "\nb,c\n")).containsExactly("1:[a, " + longField + "]", "2:[b, c]");
    }

    @Test
    void aLineOverOneMebibyteIsReportedAndSkipped() throws IOException {
        String huge = "x".repeat(CsvLines.MAX_LINE_BYTES + 10);
        assertThat(read("a,b\n" + huge + "\nc,d\n")).containsExactly("1:[a, b]",
                "2:longer than 1 MiB (lines must end with LF or CRLF)", "3:[c, d]");
    }

    @Test
    void linesEndingInCarriageReturnsAloneAreNamed() throws IOException {
        assertThat(read("a,b\rc,d\n")).containsExactly("1:a carriage return inside the line (lines must end with LF or CRLF)");
    }

    @Test
    void blankLinesAreCountedAsLines() throws IOException {
        assertThat(read("a\n\r\n\nb\n")).containsExactly("1:[a]", "2:[]blank", "3:[]blank", "4:[b]");
    }

    @Test
    void aUtf16FileIsRefusedWithAnExplanation() {
        byte[] utf16 = "\uFEFFmsisdn\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> new CsvLines(new ByteArrayInputStream(utf16)))
                .hasMessage("the file is UTF-16; export it as UTF-8 CSV");
    }

    @Test
    void bytesConsumedReachTheFileSize() throws IOException {
        byte[] bytes = "\uFEFFa,b\r\nc,d".getBytes(StandardCharsets.UTF_8);
        try (CsvLines csv = new CsvLines(new ByteArrayInputStream(bytes))) {
            while (csv.next()) {
                assertThat(csv.bytesConsumed()).isLessThanOrEqualTo(bytes.length);
            }
            assertThat(csv.bytesConsumed()).isEqualTo(bytes.length);
        }
    }

    private static List<String> read(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvLines csv = new CsvLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            while (csv.next()) {
                if (csv.problem() != null) {
                    out.add(csv.lineNumber() + ":" + csv.problem());
                    continue;
                }
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < csv.fieldCount(); i++) fields.add(csv.field(i));
                out.add(csv.lineNumber() + ":" + (csv.isBlank() ? "[]blank" : fields.toString()));
            }
        }
        return out;
    }
}
