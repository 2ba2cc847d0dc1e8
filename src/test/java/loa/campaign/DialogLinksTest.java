package loa.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DialogLinksTest {
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    private static final PhoneNumber NUMBER = PhoneNumber.parse("0901234567");
    private static final String CALL = "abcdefghjkmnpqrstvwx";
    private final DialogLinks links = new DialogLinks(bytes("the installation secret"), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSignedQueryGivesBackItsNumberAndNeverShowsIt() {
        Map<String, String> q = parse(links.query("bluezone", CALL, NUMBER, Duration.ofMinutes(10)));
        assertThat(q.get("exp")).isEqualTo(Long.toString(NOW.plusSeconds(600).getEpochSecond()));
        assertThat(String.join("&", q.values())).doesNotContain("901234567");
        assertThat(links.verify("bluezone", CALL, q.get("n"), Long.parseLong(q.get("exp")), q.get("sig"))).contains(NUMBER);
    }

    @Test
    void anyChangeToTheTokenIsAForgery() {
        Map<String, String> q = parse(links.query("bluezone", CALL, NUMBER, Duration.ofMinutes(10)));
        long exp = Long.parseLong(q.get("exp"));
        assertThat(links.verify("other", CALL, q.get("n"), exp, q.get("sig"))).isEmpty();
        assertThat(links.verify("bluezone", "bbcdefghjkmnpqrstvwx", q.get("n"), exp, q.get("sig"))).isEmpty();
        assertThat(links.verify("bluezone", CALL, q.get("n"), exp + 1, q.get("sig"))).isEmpty();
        assertThat(links.verify("bluezone", CALL, flipFirst(q.get("n")), exp, q.get("sig"))).isEmpty();
        assertThat(links.verify("bluezone", CALL, q.get("n"), exp, flipFirst(q.get("sig")))).isEmpty();
        assertThat(links.verify("bluezone", CALL, "not base64 !", exp, q.get("sig"))).isEmpty();
    }

    @Test
    void anotherSecretSignsDifferently() {
        DialogLinks other = new DialogLinks(bytes("another installation"), Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, String> q = parse(other.query("bluezone", CALL, NUMBER, Duration.ofMinutes(10)));
        assertThat(links.verify("bluezone", CALL, q.get("n"), Long.parseLong(q.get("exp")), q.get("sig"))).isEmpty();
    }

    @Test
    void aTokenExpiresAtItsExpiry() {
        assertThat(links.expired(NOW.getEpochSecond() - 1)).isTrue();
        assertThat(links.expired(NOW.getEpochSecond() + 1)).isFalse();
    }

    @Test
    void theEntryUrlNamesTheCampaign() {
        assertThat(links.entryUrl("http://vb.example:8080/", "bluezone", CALL, NUMBER, Duration.ofMinutes(1)))
                .startsWith("http://vb.example:8080/vxml/bluezone?call=" + CALL + "&n=");
    }

    private static String flipFirst(String s) {
        return (s.charAt(0) == 'A' ? "B" : "A") + s.substring(1);
    }

    private static Map<String, String> parse(String query) {
        return Stream.of(query.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
