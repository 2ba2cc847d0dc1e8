package loa.vxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialogVersionTest {
    @TempDir
    Path dir;

    @Test
    void theSameFilesHaveTheSameVersionInWhateverOrderTheyAreListed() throws Exception {
        Path a = Files.writeString(dir.resolve("a.vxml"), "<vxml/>");
        Path b = Files.writeString(dir.resolve("b.txt"), "Xin chào");
        assertThat(DialogVersion.of(List.of(a, b)).hash()).isEqualTo(DialogVersion.of(List.of(b, a)).hash());
    }

    @Test
    void anyChangeToAFileIsANewVersion() throws Exception {
        Path a = Files.writeString(dir.resolve("a.vxml"), "<vxml/>");
        String before = DialogVersion.of(List.of(a)).hash();
        Files.writeString(a, "<vxml version=\"2.1\"/>");
        assertThat(DialogVersion.of(List.of(a)).hash()).isNotEqualTo(before);
    }
}
