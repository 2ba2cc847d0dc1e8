package loa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import loa.campaign.PhoneNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the due retries page by page against a real Redis server, also while launchers claim them. */
class RedisRetryListTest {
    static final Instant WINDOW = Instant.parse("2026-11-25T08:30:00Z");
    static final Instant LATER = Instant.parse("2026-11-26T01:30:00.250Z");

    @TempDir
    static Path data;
    static TestRedis redis;

    final RedisKeys keys = new RedisKeys("c1");

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(data);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void emptyRedis() {
        redis.client().flushAll();
    }

    record Due(PhoneNumber number, Instant due) {
    }

    @Test
    void retriesComeEarliestFirstAcrossPagesAndTiesWithTheirDueTimes() {
        due(LATER, 912000003);
        due(WINDOW, 912000005, 912000001, 912000004, 912000002, 912000006);
        due(WINDOW.minusSeconds(60), 351234567);

        List<Due> read = readAll(new RedisRetryList(redis.client(), "c1", 2));

        assertThat(read).containsExactly(new Due(new PhoneNumber(351234567), WINDOW.minusSeconds(60)),
                new Due(new PhoneNumber(912000001), WINDOW), new Due(new PhoneNumber(912000002), WINDOW),
                new Due(new PhoneNumber(912000004), WINDOW), new Due(new PhoneNumber(912000005), WINDOW),
                new Due(new PhoneNumber(912000006), WINDOW), new Due(new PhoneNumber(912000003), LATER));
    }

    @Test
    void aRetryClaimedWhileTheListIsReadNeitherLosesItsPlaceNorRepeatsOne() {
        for (int i = 0; i < 50; i++) due(WINDOW, 912000100 + i);
        List<Due> read = new ArrayList<>();

        long count = new RedisRetryList(redis.client(), "c1", 7).forEachDue((number, due) -> {
            read.add(new Due(number, due));
            // a launcher claims the retries read so far, the last one of each page among them
            redis.client().zrem(keys.retries(), Integer.toString(number.national()));
        });

        assertThat(count).isEqualTo(50);
        assertThat(read).extracting(Due::number).extracting(PhoneNumber::national)
                .containsExactlyElementsOf(IntStream.range(912000100, 912000150).boxed().toList());
    }

    @Test
    void anEmptyListHandsOverNobody() {
        assertThat(new RedisRetryList(redis.client(), "c1").forEachDue((number, due) -> {
            throw new AssertionError("nobody is due");
        })).isZero();
    }

    @Test
    void aFullLastPageEndsTheReading() {
        due(WINDOW, 912000001, 912000002, 912000003, 912000004);
        assertThat(readAll(new RedisRetryList(redis.client(), "c1", 2))).hasSize(4);
    }

    private List<Due> readAll(RedisRetryList list) {
        List<Due> read = new ArrayList<>();
        long count = list.forEachDue((number, due) -> read.add(new Due(number, due)));
        assertThat(count).isEqualTo(read.size());
        return read;
    }

    private void due(Instant due, int... nationals) {
        for (int national : nationals) {
            redis.client().zadd(keys.retries(), Map.of(Integer.toString(national), (double) due.toEpochMilli()));
        }
    }
}
