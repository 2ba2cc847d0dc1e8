package loa.harness.subscribers;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;

import java.time.Duration;
import java.util.List;
import loa.harness.subscribers.Behaviour.Answers;
import loa.harness.subscribers.Behaviour.HangsUp;
import loa.harness.subscribers.Behaviour.Moment;
import loa.harness.subscribers.Behaviour.Presses;

/**
 * How a crowd of subscribers behaves: the shares of each fate, and when those who answer answer,
 * press or hang up. {@link #behaviourOf} picks one subscriber's behaviour from a seed, so the
 * same seed, number and attempt always give the same behaviour.
 *
 * @param fates        what calls meet: answered, ringing until cancelled, busy, unreachable, invalid
 * @param answerAfter  answered calls are answered uniformly within this range
 * @param afterAnswer  what those who answer do: press 1, press 2, press nothing, hang up during the announcement
 * @param prompts      how long the dialog's announcement and keypad instruction last
 */
public record Profile(Fates fates, Range answerAfter, AfterAnswer afterAnswer, Prompts prompts) {

    /**
     * Shares of calls, given as weights and kept normalised to sum to 1: issue 4's example adds up
     * to 90 %, so there each share is its figure divided by 0.9.
     */
    public record Fates(double answers, double ringsForever, double busy, double unreachable, double invalid) {
        public Fates {
            double sum = Shares.weights("fates", answers, ringsForever, busy, unreachable, invalid);
            answers /= sum;
            ringsForever /= sum;
            busy /= sum;
            unreachable /= sum;
            invalid /= sum;
        }
    }

    /** Shares of answered calls, which must sum to 1. */
    public record AfterAnswer(double pressesOne, double pressesTwo, double pressesNothing, double hangsUpDuringAnnouncement) {
        public AfterAnswer {
            Shares.check("afterAnswer", pressesOne, pressesTwo, pressesNothing, hangsUpDuringAnnouncement);
        }
    }

    /** The audio a subscriber hears before it may press: the announcement, then the instruction; and how long it takes to react. */
    public record Prompts(Duration announcement, Duration instruction, Range reaction) {
    }

    /** A uniform range of durations. */
    public record Range(Duration min, Duration max) {
        public Range {
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("range " + min + ".." + max + " is empty or negative");
            }
        }

        Duration at(double u) {
            return min.plus(ofMillis((long) (u * max.minus(min).toMillis())));
        }
    }

    /**
     * Issue 4's example with the Bluezone prompts (29.4 s announcement, 2.8 s instruction): 40 %
     * answer after 2–8 s, and of those 60 % press 1 after the instruction, 10 % press 2, 20 % press
     * nothing, 10 % hang up during the announcement; 30 % ring until cancelled; 10 % busy (486);
     * 5 % unreachable (480); 5 % invalid (404). Those add up to 90 %: normalised, 44.4 % answer,
     * 33.3 % ring, 11.1 % are busy, 5.6 % unreachable, 5.6 % invalid.
     */
    public static final Profile DEFAULT = new Profile(new Fates(0.40, 0.30, 0.10, 0.05, 0.05),
            new Range(ofSeconds(2), ofSeconds(8)), new AfterAnswer(0.60, 0.10, 0.20, 0.10),
            new Prompts(ofMillis(29_400), ofMillis(2_800), new Range(ofMillis(500), ofMillis(2_500))));

    /** The same crowd, for a dialog whose prompts last differently. */
    public Profile withPrompts(Prompts other) {
        return new Profile(fates, answerAfter, afterAnswer, other);
    }

    /** One subscriber's behaviour on one attempt (0 for the first call), from the seed. */
    public Behaviour behaviourOf(long seed, String number, int attempt) {
        Dice dice = new Dice(seed, number, attempt);
        double fate = dice.roll(0);
        if (fate < fates.answers()) {
            return answering(dice);
        }
        fate -= fates.answers();
        if (fate < fates.ringsForever()) {
            return new Behaviour.RingsForever();
        }
        fate -= fates.ringsForever();
        if (fate < fates.busy()) {
            return new Behaviour.Rejects(SubscriberOutcome.BUSY.status());
        }
        fate -= fates.busy();
        return new Behaviour.Rejects(fate < fates.unreachable() ? SubscriberOutcome.UNREACHABLE.status()
                : SubscriberOutcome.INVALID.status());
    }

    private Answers answering(Dice dice) {
        Answers answers = new Answers(answerAfter.at(dice.roll(1)), List.of());
        double choice = dice.roll(2);
        // "After the instruction": a little before its last packet, so rounding cannot lose the press.
        Duration instructionHeard = prompts.announcement().plus(prompts.instruction()).minusMillis(200);
        Moment afterInstruction = new Moment(instructionHeard, prompts.reaction().at(dice.roll(3)));
        if (choice < afterAnswer.pressesOne()) {
            return answers.then(new Presses('1', afterInstruction));
        }
        choice -= afterAnswer.pressesOne();
        if (choice < afterAnswer.pressesTwo()) {
            return answers.then(new Presses('2', afterInstruction));
        }
        choice -= afterAnswer.pressesTwo();
        if (choice < afterAnswer.pressesNothing()) {
            return answers;
        }
        Duration quarter = prompts.announcement().dividedBy(4);
        Duration edge = quarter.compareTo(ofSeconds(1)) < 0 ? quarter : ofSeconds(1); // clear of its first and last moments
        Range duringAnnouncement = new Range(edge, prompts.announcement().minus(edge));
        return answers.then(new HangsUp(Moment.afterHearing(duringAnnouncement.at(dice.roll(3)))));
    }
}
