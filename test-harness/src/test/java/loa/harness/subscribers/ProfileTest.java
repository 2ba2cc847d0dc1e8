package loa.harness.subscribers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import loa.harness.subscribers.Behaviour.Answers;
import loa.harness.subscribers.Behaviour.HangsUp;
import loa.harness.subscribers.Behaviour.Presses;
import org.junit.jupiter.api.Test;

/** The profile decides each number's behaviour from the seed alone; over many numbers, in its shares. */
class ProfileTest {
    private static final int NUMBERS = 1000;
    private static final double TOLERANCE = 0.04;

    private final Profile profile = Profile.DEFAULT;

    @Test
    void theSameSeedGivesEveryNumberTheSameBehaviour() {
        List<String> numbers = numbers();

        List<Behaviour> once = numbers.stream().map(n -> profile.behaviourOf(7, n, 0)).toList();
        List<Behaviour> again = numbers.stream().map(n -> new Subscribers(7).behaviourOf(n, 0)).toList();

        assertThat(again).isEqualTo(once);
        assertThat(numbers.stream().map(n -> profile.behaviourOf(8, n, 0)).toList()).isNotEqualTo(once);
    }

    @Test
    void aRetryMayMeetAnotherBehaviourButAlwaysTheSameOne() {
        List<Behaviour> firsts = numbers().stream().map(n -> profile.behaviourOf(7, n, 0)).toList();
        List<Behaviour> retries = numbers().stream().map(n -> profile.behaviourOf(7, n, 1)).toList();

        assertThat(retries).isNotEqualTo(firsts);
        assertThat(numbers().stream().map(n -> profile.behaviourOf(7, n, 1)).toList()).isEqualTo(retries);
    }

    @Test
    void overAThousandNumbersTheFatesComeInTheProfilesShares() {
        Map<String, Double> shares = shares(numbers(), b -> b instanceof Answers ? "answers" : b.toString());

        Profile.Fates fates = profile.fates();
        assertThat(shares.get("answers")).isCloseTo(fates.answers(), org.assertj.core.data.Offset.offset(TOLERANCE));
        assertThat(shares.get("rings until cancelled")).isCloseTo(fates.ringsForever(), within());
        assertThat(shares.get("rejects with 486")).isCloseTo(fates.busy(), within());
        assertThat(shares.get("rejects with 480")).isCloseTo(fates.unreachable(), within());
        assertThat(shares.get("rejects with 404")).isCloseTo(fates.invalid(), within());
    }

    @Test
    void overAThousandAnsweringNumbersWhatTheyDoComesInTheProfilesShares() {
        List<Answers> answering = IntStream.range(0, 20 * NUMBERS).mapToObj(i -> profile.behaviourOf(3, number(i), 0))
                .filter(Answers.class::isInstance).map(Answers.class::cast).limit(NUMBERS).toList();
        Map<String, Double> shares = answering.stream().collect(Collectors.groupingBy(ProfileTest::whatTheyDo,
                Collectors.collectingAndThen(Collectors.counting(), c -> c / (double) answering.size())));

        assertThat(answering).hasSize(NUMBERS)
                .allSatisfy(a -> assertThat(a.delay()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(8)));
        assertThat(shares.get("presses 1")).isCloseTo(0.60, within());
        assertThat(shares.get("presses 2")).isCloseTo(0.10, within());
        assertThat(shares.get("presses nothing")).isCloseTo(0.20, within());
        assertThat(shares.get("hangs up")).isCloseTo(0.10, within());
    }

    @Test
    void pressesAfterHearingTheInstructionAndHangsUpDuringTheAnnouncement() {
        List<Behaviour.Step> steps = numbers().stream().map(n -> profile.behaviourOf(5, n, 0))
                .filter(Answers.class::isInstance).flatMap(a -> ((Answers) a).steps().stream()).toList();

        assertThat(steps).filteredOn(Presses.class::isInstance).allSatisfy(s -> {
            assertThat(s.when().heard()).isEqualTo(Duration.ofMillis(32_000));
            assertThat(s.when().delay()).isBetween(Duration.ofMillis(500), Duration.ofMillis(2_500));
        });
        assertThat(steps).filteredOn(HangsUp.class::isInstance)
                .allSatisfy(s -> assertThat(s.when().heard()).isBetween(Duration.ofSeconds(1), Duration.ofMillis(28_400)));
    }

    @Test
    void theIssuesExampleIsNormalisedAndAfterAnswerSharesMustAddUp() {
        assertThat(profile.fates().answers()).isCloseTo(0.40 / 0.90, within());
        assertThatThrownBy(() -> new Profile.AfterAnswer(0.5, 0.5, 0.5, 0)).hasMessageContaining("afterAnswer");
        assertThatThrownBy(() -> new Profile.Fates(-1, 1, 0, 0, 0)).hasMessageContaining("fates");
    }

    private static String whatTheyDo(Answers answers) {
        if (answers.steps().isEmpty()) {
            return "presses nothing";
        }
        return answers.steps().get(0) instanceof Presses p ? "presses " + p.key() : "hangs up";
    }

    private static Map<String, Double> shares(List<String> numbers, Function<Behaviour, String> kind) {
        return numbers.stream().map(n -> Profile.DEFAULT.behaviourOf(11, n, 0)).collect(Collectors.groupingBy(kind,
                Collectors.collectingAndThen(Collectors.counting(), c -> c / (double) numbers.size())));
    }

    private static List<String> numbers() {
        return IntStream.range(0, NUMBERS).mapToObj(ProfileTest::number).toList();
    }

    private static String number(int i) {
        return "8491" + String.format("%07d", 1_234_567 + 7919 * i % 9_000_000);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(TOLERANCE);
    }
}
