package loa.harness.voicebrowser.vxml;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import loa.harness.voicebrowser.CallMedia;
import loa.harness.voicebrowser.HangUpException;

/**
 * A caller scripted in advance, and fast: play() returns at once with the prompt's nominal
 * length (its WAV header, or the silence asked for), so a dialog runs in milliseconds. A key
 * pressed during a prompt that allows barge-in ends it at that moment; any key stays queued for
 * nextDigit, and a queued key cuts the next barge-in prompt short at once, as on a real line.
 * When asked for a key with nothing queued and nothing scripted, the caller stays silent.
 */
final class ScriptedCaller implements CallMedia {
    /** A prompt as play() is given it, numbered from 1. */
    record Prompt(int number, byte[] wav, Duration silence, boolean bargein) {
    }

    /** A prompt heard, and for how long. */
    record Heard(Prompt prompt, Duration played) {
    }

    /** A key (null: a hang-up) at some point of a prompt. */
    private record Cue(Predicate<Prompt> during, Character key, Duration after) {
    }

    /** What the caller does when asked for a key: presses it, stays silent (null key), or hangs up. */
    private record Answer(Character key, boolean hangUp) {
        static final Answer SILENCE = new Answer(null, false);
        static final Answer HANG_UP = new Answer(null, true);
    }

    private final List<Cue> cues = new ArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final Deque<Character> queued = new ArrayDeque<>();
    private final List<Heard> heard = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private int prompts;
    private boolean hungUp;
    private int disconnects;

    static Predicate<Prompt> promptNumber(int number) {
        return prompt -> prompt.number() == number;
    }

    static Predicate<Prompt> theAudio(byte[] wav) {
        return prompt -> Arrays.equals(prompt.wav(), wav);
    }

    synchronized ScriptedCaller pressesDuring(Predicate<Prompt> prompt, char key, Duration after) {
        cues.add(new Cue(prompt, key, after));
        return this;
    }

    synchronized ScriptedCaller hangsUpDuring(Predicate<Prompt> prompt) {
        cues.add(new Cue(prompt, null, Duration.ZERO));
        return this;
    }

    /** Answers the next request for a key, when none is queued, with {@code key}. */
    synchronized ScriptedCaller pressesWhenAsked(char key) {
        answers.add(new Answer(key, false));
        return this;
    }

    synchronized ScriptedCaller staysSilentWhenAsked() {
        answers.add(Answer.SILENCE);
        return this;
    }

    synchronized ScriptedCaller hangsUpWhenAsked() {
        answers.add(Answer.HANG_UP);
        return this;
    }

    @Override
    public synchronized Duration play(byte[] wav, Duration silence, boolean bargein) throws HangUpException {
        if (hungUp) throw new HangUpException();
        Prompt prompt = new Prompt(++prompts, wav, silence, bargein);
        Duration length = wav == null ? silence : Wavs.length(wav);
        Duration played = bargein && !queued.isEmpty() ? Duration.ZERO : length;
        Cue cue = takeCue(prompt);
        if (cue != null && cue.key() == null) {
            hungUp = true;
            throw new HangUpException();
        }
        if (cue != null) {
            queued.add(cue.key());
            if (bargein && cue.after().compareTo(played) < 0) played = cue.after();
        }
        heard.add(new Heard(prompt, played));
        return played;
    }

    @Override
    public synchronized Optional<Character> nextDigit(Duration timeout) throws HangUpException {
        waits.add(timeout);
        if (hungUp) throw new HangUpException();
        if (!queued.isEmpty()) return Optional.of(queued.poll());
        Answer answer = answers.isEmpty() ? Answer.SILENCE : answers.poll();
        if (answer.hangUp()) {
            hungUp = true;
            throw new HangUpException();
        }
        return Optional.ofNullable(answer.key());
    }

    @Override
    public synchronized void disconnect() {
        disconnects++;
    }

    synchronized List<Heard> heard() {
        return List.copyOf(heard);
    }

    /** The timeout of every wait for a key, in order. */
    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    synchronized boolean disconnected() {
        return disconnects > 0;
    }

    private Cue takeCue(Prompt prompt) {
        for (Iterator<Cue> it = cues.iterator(); it.hasNext(); ) {
            Cue cue = it.next();
            if (cue.during().test(prompt)) {
                it.remove();
                return cue;
            }
        }
        return null;
    }
}
