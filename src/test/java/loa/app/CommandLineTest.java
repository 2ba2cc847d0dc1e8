package loa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import loa.store.LocalRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user types them, each with its own data folder and the Redis loa runs there. */
class CommandLineTest {
    private static final String CAMPAIGN = "campaigns/bluezone.yaml";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stopRedis() {
        new LocalRedis(dir.resolve("data")).stop();
    }

    @Test
    void importPrintsATableThatAddsUpToTheLinesOfTheFile() throws Exception {
        Path audience = sample(5_000);
        assertThat(loa("import", "--campaign", CAMPAIGN, "--data", data(), audience.toString())).isZero();
        String table = out.toString();
        assertThat(table).containsPattern("lines read \\(after the header\\) +5,000\n");
        long sum = 0;
        for (String line : table.split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("    ")) sum += Long.parseLong(line.replaceAll(".*\\s([\\d,]+)$", "$1").replace(",", ""));
        }
        assertThat(sum).isEqualTo(5_000);
    }

    @Test
    void aSecondImportOfTheSameFileQueuesNobody() throws Exception {
        Path audience = sample(2_000);
        loa("import", "--campaign", CAMPAIGN, "--data", data(), audience.toString());
        out.getBuffer().setLength(0);
        assertThat(loa("import", "--campaign", CAMPAIGN, "--data", data(), audience.toString())).isZero();
        assertThat(out.toString()).containsPattern("  queued for a first attempt +0\n")
                .containsPattern("  already queued by an earlier import +797\n");
    }

    @Test
    void suppressWithdrawsListedNumbersFromACampaignAlreadyImportedAndChangesNothingTheSecondTime() throws Exception {
        Path audience = Files.writeString(dir.resolve("a.csv"),
                "msisdn,smartphone,bluezone_installed,subscriber_type,vip,business_contact,loyalty_tier\n"
                        + "0912345601,yes,no,prepaid,no,no,\n0912345602,yes,no,prepaid,no,no,\n0912345603,yes,no,prepaid,no,no,\n");
        loa("import", "--campaign", CAMPAIGN, "--data", data(), audience.toString());
        Path installed = Files.writeString(dir.resolve("installed.txt"), "msisdn\n0912345601\nnot-a-number\n84912345602\n");
        Path more = Files.writeString(dir.resolve("more.txt"), "# since Monday\n0912345601\n0399999999\n");
        out.getBuffer().setLength(0);

        assertThat(loa("suppress", "--campaign", CAMPAIGN, "--data", data(), installed.toString(), more.toString())).isZero();

        assertThat(out.toString()).startsWith("Applied 2 suppression lists to campaign bluezone in ")
                .containsPattern("numbers on the lists +3\n")
                .containsPattern("  withdrawn from the first-attempt queue +2\n")
                .containsPattern("  withdrawn from the retries +0\n")
                .containsPattern("  withdrawn in a call \\(final once it ends\\) +0\n")
                .containsPattern("  not in the campaign, or already final +1\n")
                .containsPattern("lines that are not numbers +1\n")
                .contains("    line 3: installed.txt: 'not-a***ber' is not a Vietnamese mobile number\n");
        out.getBuffer().setLength(0);
        assertThat(loa("suppress", "--campaign", CAMPAIGN, "--data", data(), installed.toString(), more.toString())).isZero();
        assertThat(out.toString()).containsPattern("  withdrawn from the first-attempt queue +0\n")
                .containsPattern("  not in the campaign, or already final +3\n");
    }

    @Test
    void suppressRefusesACampaignWithNobodyImported() throws Exception {
        Path list = Files.writeString(dir.resolve("installed.txt"), "0912345601\n");
        assertThat(loa("suppress", "--campaign", CAMPAIGN, "--data", data(), list.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("campaign bluezone has no subscribers yet: give the lists to its import (--suppress)");
    }

    @Test
    void planUsesTheImportedAudience() throws Exception {
        loa("import", "--campaign", CAMPAIGN, "--data", data(), sample(1_000).toString());
        assertThat(loa("plan", "--campaign", CAMPAIGN, "--data", data())).isZero();
        assertThat(out.toString()).contains("Capacity plan for bluezone: 407 subscribers");
    }

    @Test
    void planDoesTheArithmeticOfTheCampaignBrief() {
        assertThat(loa("plan", "--campaign", CAMPAIGN, "--audience", "12000000")).isZero();
        assertThat(out.toString()).containsPattern("attempts in all +18,000,000\n")
                .containsPattern("channel-seconds +675,000,000 ")
                .contains("At 1,000 channels: 187.5 hours of windows = 46.9 days")
                .contains("To finish in 10 days: 4,688 channels and 125.0 new calls a second");
    }

    @Test
    void planRefusesACampaignWithNobodyImported() {
        assertThat(loa("plan", "--campaign", CAMPAIGN, "--data", data())).isEqualTo(2);
        assertThat(err.toString()).contains("campaign bluezone has no subscribers yet: import an audience, or give --audience N");
    }

    @Test
    void aBrokenCampaignFileExitsWithTwoAndNamesTheMistake() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"),
                Files.readString(Path.of(CAMPAIGN)).replace("Asia/Ho_Chi_Minh", "Asia/Saigon_City"));
        assertThat(loa("validate", broken.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.yaml:6: time-zone: 'Asia/Saigon_City' is not a known time zone")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anAudienceFileWithoutARuleColumnExitsWithTwo() throws Exception {
        Path audience = Files.writeString(dir.resolve("a.csv"), "msisdn,smartphone\n0912345678,yes\n");
        assertThat(loa("import", "--campaign", CAMPAIGN, "--data", data(), audience.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 1: the header has no column bluezone_installed, subscriber_type, vip, "
                + "business_contact, loyalty_tier (the campaign's rules need it)");
    }

    @Test
    void aRedisAddressThatIsNotOneExitsWithTwo() throws Exception {
        assertThat(loa("import", "--campaign", CAMPAIGN, "--redis", "localhost:6379", sample(1).toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the Redis address (--redis, LOA_REDIS or the settings file) 'localhost:6379' "
                + "is not redis://host:port");
    }

    @Test
    void theRedisCommandStartsFindsAndStopsLoasOwnServer() {
        assertThat(loa("redis", "status", "--data", data())).isEqualTo(3);
        assertThat(loa("redis", "start", "--data", data())).isZero();
        assertThat(loa("redis", "status", "--data", data())).isZero();
        assertThat(loa("redis", "stop", "--data", data())).isZero();
        assertThat(out.toString()).contains("Redis is not running").contains("Redis is running on port").contains("Redis stopped");
    }

    @Test
    void dialogUrlPrintsASignedUrlForATestCall() {
        assertThat(loa("dialog-url", "--campaign", CAMPAIGN, "--msisdn", "0901234567", "--data", data(),
                "--base", "http://vb.test:8080")).isZero();
        assertThat(out.toString().strip()).matches("http://vb\\.test:8080/vxml/bluezone\\?call=[0-9a-z]{20}&n=[A-Za-z0-9_-]{15}"
                + "&exp=\\d+&sig=[A-Za-z0-9_-]{22}").doesNotContain("901234567");
        assertThat(loa("dialog-url", "--campaign", CAMPAIGN, "--msisdn", "12345", "--data", data())).isEqualTo(2);
        assertThat(err.toString()).contains("--msisdn: not a Vietnamese mobile number");
    }

    private int loa(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private Path sample(int lines) throws Exception {
        Path file = dir.resolve("audience-" + lines + ".csv");
        new loa.audience.SampleAudience(3).write(file, lines);
        return file;
    }
}
