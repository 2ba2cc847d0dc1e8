package loa.smsworker;

import java.nio.file.Path;
import loa.campaign.Campaign;
import loa.config.CampaignFile;
import loa.store.RedisStore;
import loa.store.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The Bluezone campaign and a real Redis for one test class, emptied before each test. */
abstract class BluezoneInRedis {
    @TempDir
    static Path data;
    static TestRedis redis;
    static RedisStore store;
    static Campaign campaign;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(data.resolve("redis"));
        store = RedisStore.connect(redis.uri().toString(), data.resolve("data"));
        campaign = CampaignFile.load(Path.of("campaigns/bluezone.yaml"));
    }

    @AfterAll
    static void stopRedis() {
        store.close();
        redis.close();
    }

    @BeforeEach
    void emptyRedis() {
        redis.client().flushAll();
    }
}
