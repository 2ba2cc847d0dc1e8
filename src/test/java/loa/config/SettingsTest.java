package loa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void aFlagBeatsTheEnvironmentWhichBeatsTheFileWhichBeatsTheDefault() throws Exception {
        Path file = Files.writeString(dir.resolve("loa.yaml"), "redis: redis://file:1\ndata: /from-file\n");
        Settings settings = Settings.load(file, Map.of("LOA_REDIS", "redis://env:2"));
        assertThat(settings.value(Setting.REDIS, "redis://flag:3")).isEqualTo("redis://flag:3");
        assertThat(settings.value(Setting.REDIS, null)).isEqualTo("redis://env:2");
        assertThat(settings.value(Setting.DATA, null)).isEqualTo("/from-file");
        assertThat(Settings.load(null, Map.of()).value(Setting.DATA, null)).isEqualTo("./loa-data");
        assertThat(Settings.load(null, Map.of()).value(Setting.REDIS, null)).isNull();
    }

    @Test
    void anEmptyValueInTheFileIsNoValue() throws Exception {
        Path file = Files.writeString(dir.resolve("loa.yaml"), "redis: \"\"\ndata: \"  \"\n");
        Settings settings = Settings.load(file, Map.of());
        assertThat(settings.value(Setting.REDIS, null)).isNull();
        assertThat(settings.value(Setting.DATA, null)).isEqualTo("./loa-data");
    }

    @Test
    void anUnknownSettingIsNamedWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("loa.yaml"), "data: /x\nreddis: redis://h:1\n");
        assertThatThrownBy(() -> Settings.load(file, Map.of()))
                .hasMessageStartingWith("loa.yaml:2: reddis: unknown setting; the settings are redis, data, http-port");
    }
}
