package loa.campaign;

import java.time.Duration;
import java.time.Instant;

/**
 * The evidence of one answer: what was answered and when, the key pressed, the voice browser's
 * session, the version of the dialog played (a hash of its templates and prompt files, so
 * anyone can later show what the subscriber heard), and how far the dialog had got: the stage
 * it was in and how long it had run, as the voice browser measured it (null when it did not say).
 */
public record AnswerRecord(Answer answer, String key, Instant at, String voiceBrowserSession,
                           String dialogVersion, String stage, Duration heard) {
}
