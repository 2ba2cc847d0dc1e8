package loa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import loa.campaign.AudienceField;
import loa.campaign.CallOutcome;
import loa.campaign.Campaign;
import org.junit.jupiter.api.Test;

class CampaignFileTest {
    private static final Path BLUEZONE = Path.of("campaigns/bluezone.yaml");

    @Test
    void theBluezoneCampaignIsWhatTheCustomerAskedFor() throws Exception {
        Campaign c = CampaignFile.load(BLUEZONE);
        assertThat(c.id()).isEqualTo("bluezone");
        assertThat(c.callerId()).isEqualTo("090");
        assertThat(c.timeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(c.windows()).extracting(w -> w.start() + "-" + w.end()).containsExactly("10:00-12:00", "15:30-17:30");
        assertThat(c.windowSecondsPerDay()).isEqualTo(4 * 3600);
        assertThat(c.retry().maxAttempts()).isEqualTo(2);
        assertThat(c.retry().retryOn()).containsExactlyInAnyOrder(CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.UNREACHABLE);
        assertThat(c.retry().laterWindow()).isTrue();
        assertThat(c.calls().ringTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.sms().sender()).isEqualTo("MOBIFONE.AI");
        assertThat(c.sms().text()).startsWith("Bộ TT&TT và Bộ Y tế").contains("https://www.bluezone.gov.vn/taiapp ")
                .endsWith("gia đình và cộng đồng");
        assertThat(c.dialog().prompts()).containsKeys("announcement", "instruction", "thanks", "recorded");
    }

    @Test
    void theBluezoneRulesExcludeEveryoneTheCustomerNamed() throws Exception {
        var rules = CampaignFile.load(BLUEZONE).audience().rules();
        assertThat(rules).extracting(r -> r.field()).containsExactly(AudienceField.SMARTPHONE,
                AudienceField.BLUEZONE_INSTALLED, AudienceField.SUBSCRIBER_TYPE, AudienceField.VIP,
                AudienceField.BUSINESS_CONTACT, AudienceField.LOYALTY_TIER);
        assertThat(rules.get(0).values()).containsExactly("no");
        assertThat(rules.get(1).values()).containsExactly("yes");
        assertThat(rules.get(2).values()).containsExactlyInAnyOrder("mdt", "fastconnect");
        assertThat(rules.get(5).values()).containsExactlyInAnyOrder("gold", "diamond");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() {
        assertThat(problems("calls:\n", "calls:\n  chanels: 10\n"))
                .contains("bluezone.yaml:33: calls.chanels: unknown key 'chanels'; the keys here are "
                        + "[calls-per-second, channels, max-duration, ring-timeout]");
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        assertThat(problems("15:30-17:30", "17:30-15:30"))
                .contains("bluezone.yaml:23: windows[1]: ends at 15:30, not after it starts at 17:30 "
                        + "(a window cannot cross midnight; write two)");
    }

    @Test
    void overlappingWindowsAreRefused() {
        assertThat(problems("15:30-17:30", "11:30-13:00"))
                .contains("bluezone.yaml:23: windows[1]: 11:30-13:00 overlaps 10:00-12:00");
    }

    @Test
    void aWindowThatIsNotATimeRangeIsRefused() {
        assertThat(problems("10:00-12:00", "10h-12h"))
                .contains("bluezone.yaml:22: windows[0]: '10h-12h' is not a window; write it as 10:00-12:00");
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        assertThat(problems("Asia/Ho_Chi_Minh", "Asia/Hanoi"))
                .contains("bluezone.yaml:6: time-zone: 'Asia/Hanoi' is not a known time zone; write a region such as Asia/Ho_Chi_Minh");
    }

    @Test
    void aCallerIdThatIsNotDigitsIsRefused() {
        assertThat(problems("caller-id: \"090\"", "caller-id: \"09O\""))
                .contains("bluezone.yaml:7: caller-id: '09O' is not all digits");
    }

    @Test
    void aCallerIdWithoutQuotesWouldLoseItsZeroAndIsRefused() {
        assertThat(problems("caller-id: \"090\"", "caller-id: 90"))
                .contains("bluezone.yaml:7: caller-id: write it in quotes (\"090\") so its leading zeros are kept");
    }

    @Test
    void anSmsTextWithNoContentIsRefused() {
        String yaml = read().replaceAll("(?s)  text: >-.*", "  text: \"   \"\n");
        assertThat(problemsOf(yaml)).contains("bluezone.yaml:53: sms.text: is empty");
    }

    @Test
    void aSenderLongerThanElevenCharactersIsRefused() {
        assertThat(problems("MOBIFONE.AI", "MOBIFONE.AI.VN")).contains("bluezone.yaml:52: sms.sender: 'MOBIFONE.AI.VN' "
                + "is not an alphanumeric sender: at most 11 letters, digits, spaces or . & _ -");
    }

    @Test
    void aRuleOnAnUnknownColumnIsRefused() {
        assertThat(problems("vip: {vip: yes}", "vip: {very_important: yes}")).contains("bluezone.yaml:16: "
                + "audience.exclude.vip: unknown column 'very_important'; rules may use smartphone, "
                + "bluezone_installed, subscriber_type, vip, business_contact, loyalty_tier");
    }

    @Test
    void aRuleValueTheColumnNeverHoldsIsRefused() {
        assertThat(problems("[gold, diamond]", "[gold, platinum]")).anyMatch(p -> p.startsWith(
                "bluezone.yaml:18: audience.exclude.loyalty-gold-diamond: 'platinum' is not a value of loyalty_tier"));
    }

    @Test
    void retryingAnAnsweredCallIsRefused() {
        assertThat(problems("[no-answer, busy, unreachable]", "[no-answer, answered]"))
                .contains("bluezone.yaml:28: attempts.retry-on[1]: an answered call is never retried");
    }

    @Test
    void anUnknownOutcomeIsRefused() {
        assertThat(problems("[no-answer, busy, unreachable]", "[no-answer, engaged]")).anyMatch(p ->
                p.startsWith("bluezone.yaml:28: attempts.retry-on[1]: 'engaged' is not an outcome; the outcomes are no-answer, busy"));
    }

    @Test
    void aDurationThatIsNotOneIsRefused() {
        assertThat(problems("ring-timeout: 30s", "ring-timeout: 30 sec"))
                .contains("bluezone.yaml:35: calls.ring-timeout: '30 sec' is not a duration above zero; write it as 30s, 2m, 1h30m or PT30S");
    }

    @Test
    void isoDurationsAreAccepted() throws Exception {
        Campaign c = CampaignFile.parse("c.yaml", read().replace("ring-timeout: 30s", "ring-timeout: PT25S"));
        assertThat(c.calls().ringTimeout()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void attemptsOutOfRangeAreRefused() {
        assertThat(problems("max: 2", "max: 0"))
                .contains("bluezone.yaml:27: attempts.max: expected a whole number from 1 to 2, found 0");
        assertThat(problems("max: 2", "max: 3"))
                .contains("bluezone.yaml:27: attempts.max: expected a whole number from 1 to 2, found 3");
    }

    @Test
    void aMissingKeyIsNamed() {
        assertThat(problems("caller-id: \"090\"\n", "")).contains("bluezone.yaml: missing key 'caller-id'");
    }

    @Test
    void aKeyWrittenTwiceIsRefused() {
        assertThat(problems("caller-id: \"090\"\n", "caller-id: \"090\"\ncaller-id: \"091\"\n"))
                .anyMatch(p -> p.startsWith("bluezone.yaml:8: not valid YAML: Duplicate field 'caller-id'"));
    }

    @Test
    void aWindowTooShortForOneCallIsRefused() {
        assertThat(problems("10:00-12:00", "10:00-10:01")).contains("bluezone.yaml:22: windows[0]: window 10:00-10:01 is "
                + "shorter than the ring time-out plus the dialog's expected duration (75 s): no call could start in it");
    }

    @Test
    void aMissingSectionDoesNotSetOffMadeUpProblems() {
        String yaml = read().replaceAll("(?s)calls:.*?max-duration: 3m\n", "");
        assertThat(problemsOf(yaml)).containsExactly("bluezone.yaml: missing key 'calls'");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        String yaml = read().replace("Asia/Ho_Chi_Minh", "Mars/Olympus").replace("\"090\"", "\"abc\"")
                .replace("15:30-17:30", "17:30-15:30");
        assertThat(problemsOf(yaml)).hasSize(3);
    }

    @Test
    void aSecondCampaignIsJustASecondFile() throws Exception {
        Campaign other = CampaignFile.parse("other.yaml", read().replace("id: bluezone", "id: flu-shot")
                .replace("  - 15:30-17:30\n", ""));
        assertThat(other.id()).isEqualTo("flu-shot");
        assertThat(other.windows()).containsExactly(new loa.campaign.CallingWindow(LocalTime.of(10, 0), LocalTime.of(12, 0)));
    }

    private static List<String> problems(String find, String replacement) {
        String yaml = read();
        assertThat(yaml).contains(find);
        return problemsOf(yaml.replace(find, replacement));
    }

    private static List<String> problemsOf(String yaml) {
        try {
            CampaignFile.parse("bluezone.yaml", yaml);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("the campaign file was accepted");
    }

    private static String read() {
        try {
            return Files.readString(BLUEZONE);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFolderOfCampaignsIsLoadedAndTwoFilesWithOneIdAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), read());
        Files.writeString(dir.resolve("notes.txt"), "not a campaign");
        assertThat(CampaignFile.loadAll(dir)).extracting(Campaign::id).containsExactly("bluezone");
        Files.writeString(dir.resolve("b.yaml"), read());
        assertThatThrownBy(() -> CampaignFile.loadAll(dir)).hasMessageContaining("b.yaml: id bluezone is already the id of");
    }

    @Test
    void aFileThatIsNotYamlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CampaignFile.parse("x.yaml", "id: [unclosed\nname: x\n"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("x.yaml:");
    }
}
