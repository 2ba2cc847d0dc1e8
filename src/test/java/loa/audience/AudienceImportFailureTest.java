package loa.audience;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import loa.campaign.AudienceQueue;
import loa.campaign.SubscriberBatch;
import loa.config.CampaignFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that fails stops the import with the reason, never leaves it waiting. */
class AudienceImportFailureTest {
    @TempDir
    Path dir;

    @Test
    void anErrorInAWriterEndsTheImportWithItsReason() throws Exception {
        Path file = dir.resolve("audience.csv");
        new SampleAudience(5).write(file, 20_000);
        AudienceQueue failing = new AudienceQueue() {
            @Override
            public Applied apply(SubscriberBatch batch) {
                throw new StackOverflowError("the store fell over");
            }

            @Override
            public int provinceCode(String province) {
                return 1;
            }

            @Override
            public void recordImport(String source, Map<String, Long> counts) {
            }

            @Override
            public long audienceSize() {
                return 0;
            }
        };
        var campaign = CampaignFile.parse("c.yaml", Files.readString(Path.of("campaigns/bluezone.yaml")));
        AudienceImport importer = new AudienceImport(campaign, failing, new SuppressionList(), ImportProgress.NONE);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> importer.run(file)).hasMessageContaining("the store fell over"));
    }
}
