package loa.harness.subscribers;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import loa.harness.subscribers.Behaviour.Answers;
import loa.harness.subscribers.Behaviour.HangsUp;
import loa.harness.subscribers.Behaviour.Moment;
import loa.harness.subscribers.Behaviour.Presses;
import org.junit.jupiter.api.Test;

class SubscriberScriptTest {
    private final Subscribers subscribers = new Subscribers(1);

    @Test
    void answersThenPressesOneAfterThreeSeconds() {
        subscribers.number("84901234567").answersAfter(ofSeconds(1)).thenPresses('1').after(ofSeconds(3));

        assertThat(subscribers.behaviourOf("84901234567", 0))
                .isEqualTo(new Answers(ofSeconds(1), List.of(new Presses('1', Moment.after(ofSeconds(3))))));
    }

    @Test
    void busyFirstThenAnswersEveryCallAfter() {
        subscribers.number("84901234568").rejectsWith(486).thenAnswersAfter(ofSeconds(2));

        assertThat(subscribers.behaviourOf("84901234568", 0)).isEqualTo(new Behaviour.Rejects(486));
        assertThat(subscribers.behaviourOf("84901234568", 1)).isEqualTo(new Answers(ofSeconds(2), List.of()));
        assertThat(subscribers.behaviourOf("84901234568", 5)).isEqualTo(new Answers(ofSeconds(2), List.of()));
    }

    @Test
    void ringsForeverOrHangsUpDuringTheAnnouncement() {
        subscribers.number("84901234569").ringsForever();
        subscribers.number("84901234570").answers().thenHangsUpAfterHearing(ofSeconds(4));

        assertThat(subscribers.behaviourOf("84901234569", 0)).isInstanceOf(Behaviour.RingsForever.class);
        assertThat(subscribers.behaviourOf("84901234570", 0))
                .isEqualTo(new Answers(ZERO, List.of(new HangsUp(Moment.afterHearing(ofSeconds(4))))));
    }

    @Test
    void aScriptReplacesTheProfileForItsNumberOnly() {
        Behaviour before = subscribers.behaviourOf("84901234571", 0);

        subscribers.number("84901234572").rejectsWith(480);

        assertThat(subscribers.behaviourOf("84901234571", 0)).isEqualTo(before);
        assertThat(subscribers.behaviourOf("84901234572", 0)).isEqualTo(new Behaviour.Rejects(480));
    }

    @Test
    void saysWhatIsWrongWithASentenceThatDoesNotParse() {
        SubscriberScript script = subscribers.number("84901234573");

        assertThatThrownBy(() -> script.thenAnswersAfter(ZERO)).hasMessageContaining("first call");
        assertThatThrownBy(() -> script.rejectsWith(200)).hasMessageContaining("3xx-6xx");
        assertThatThrownBy(() -> script.rejectsWith(486).thenPresses('1').after(ZERO)).hasMessageContaining("answered");
        assertThatThrownBy(() -> script.answers()).hasMessageContaining("thenAnswersAfter");
        assertThatThrownBy(() -> subscribers.number("84901234574").answers().thenPresses('x'))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNumberThatIsNotEightyFourSomethingIsInvalid() {
        assertThat(subscribers.behaviourOf("0912345678", 0)).isEqualTo(new Behaviour.Rejects(404));
    }
}
