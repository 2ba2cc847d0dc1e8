package loa.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SmscSettingsTest {
    private static final String NAME = "the SMSC (--smsc or LOA_SMSC)";

    @Test
    void theOperatorsUriAloneGivesEveryOptionItsDefault() {
        SmscSettings s = SmscSettings.parse(NAME, "smpp://loa:secret@smsc.example:2775");

        assertThat(s).isEqualTo(SmscSettings.of("smsc.example", 2775, "loa", "secret"));
        assertThat(s.systemType()).isEmpty();
        assertThat(s.bindType()).isEqualTo(SmppBindType.TRANSCEIVER);
        assertThat(s.enquireLink()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.window()).isEqualTo(10);
        assertThat(s.rate()).isZero();
        assertThat(s.concatenation()).isEqualTo(Concatenation.UDH);
        assertThat(s.responseTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.rebindMin()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.rebindMax()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void optionsInTheQueryOverrideTheDefaults() {
        SmscSettings s = SmscSettings.parse(NAME, "smpp://loa:secret@10.0.0.7:2775/?system-type=VMA&bind=transmitter"
                + "&enquire-link=15s&window=50&rate=200&concatenation=SAR&response-timeout=500ms&rebind-min=2s&rebind-max=1m"
                + "&tries=3&retry-backoff=100ms&link-wait=20s&window-wait=5s&receipt-zone=Asia/Ho_Chi_Minh");

        assertThat(s).isEqualTo(new SmscSettings("10.0.0.7", 2775, "loa", "secret", "VMA", SmppBindType.TRANSMITTER,
                Duration.ofSeconds(15), 50, 200, Concatenation.SAR, Duration.ofMillis(500), Duration.ofSeconds(2),
                Duration.ofMinutes(1), 3, Duration.ofMillis(100), Duration.ofSeconds(20), Duration.ofSeconds(5),
                ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void percentEncodedCredentialsAreDecodedAndAPlusStaysAPlus() {
        SmscSettings s = SmscSettings.parse(NAME, "smpp://loa%3Avn:p%40ss+1@smsc:2775");

        assertThat(s.systemId()).isEqualTo("loa:vn");
        assertThat(s.password()).isEqualTo("p@ss+1");
    }

    @Test
    void aBadOptionIsReportedWithTheSettingAndTheFieldButNeverThePassword() {
        assertThatThrownBy(() -> SmscSettings.parse(NAME, "smpp://loa:s3cr3t@smsc:2775?window=0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(NAME + " 'smpp://loa:***@smsc:2775?window=0': smsc window must be 1 to 1000")
                .message().doesNotContain("s3cr3t");
    }

    @Test
    void eachMistakeNamesWhatIsWrong() {
        assertThat(problem("smpp://loa:s3cr3t@smsc:2775?windw=3")).contains("unknown option 'windw'; the options are system-type, bind");
        assertThat(problem("smpp://loa:s3cr3t@smsc:99999")).contains("the port is not a number from 1 to 65535");
        assertThat(problem("smpp://smsc:2775")).contains("gives no system_id:password@ before the host");
        assertThat(problem("http://loa:s3cr3t@smsc:2775")).contains("is not smpp://system_id:password@host:port");
        assertThat(problem("smpp://loa:s3cr3t@smsc")).contains("gives no host:port after the '@'");
        assertThat(problem("smpp://loa:s3cr3t@smsc:2775?enquire-link=30")).contains("option enquire-link=30: not a duration such as 500ms, 10s or 2m");
        assertThat(problem("smpp://loa:s3cr3t@smsc:2775?bind=receiver")).contains("option bind=receiver: not one of [transmitter, transceiver]");
        assertThat(problem("smpp://loa:s3cr3t@smsc:2775?rebind-min=10s&rebind-max=1s")).contains("smsc rebind-max must be a duration >= rebind-min");
        assertThat(problem("smpp://loa:s3cr3t@smsc:2775?receipt-zone=Mars/Olympus")).contains("option receipt-zone=Mars/Olympus");
        assertThat(problem("smpp://a-system-id-too-long:s3cr3t@smsc:2775")).contains("smsc system_id must be 1 to 15 characters");
        assertThat(problem("smpp://loa:far-too-long-s3cr3t@smsc:2775")).contains("smsc password must be at most 8 characters")
                .doesNotContain("s3cr3t");
    }

    @Test
    void anUnsetSettingSaysWhatToGive() {
        assertThatThrownBy(() -> SmscSettings.parse(NAME, " ")).hasMessage(NAME + " is not set: give smpp://system_id:password@host:port");
    }

    @Test
    void theSettingsShowEverythingButThePassword() {
        String shown = SmscSettings.parse(NAME, "smpp://loa:s3cr3t@smsc:2775?rate=100").toString();

        assertThat(shown).startsWith("smpp://loa:***@smsc:2775 (TRANSCEIVER, window 10, rate 100/s, UDH").doesNotContain("s3cr3t");
    }

    private static String problem(String uri) {
        try {
            SmscSettings.parse(NAME, uri);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).doesNotContain("s3cr3t");
            return e.getMessage();
        }
        throw new AssertionError(uri + " was accepted");
    }
}
