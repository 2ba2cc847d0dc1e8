package loa.harness.voicebrowser.vxml;

import java.time.Duration;
import java.util.Objects;

/**
 * What stops a dialog that would never end, and how long a fetch may take. A dialog that loops
 * (a goto to itself, a caller who never answers a field without a noinput handler) is a real
 * mistake; test equipment ends the call with an error rather than run for ever.
 *
 * @param maxSteps             elements executed and form items visited per call
 * @param maxDocuments         documents fetched per call
 * @param maxScriptInstructions ECMAScript instructions per call (Rhino's count)
 * @param fetchTimeout         per HTTP request, documents and audio alike
 */
public record InterpreterLimits(int maxSteps, int maxDocuments, long maxScriptInstructions, Duration fetchTimeout) {
    public static final int DEFAULT_MAX_STEPS = 1000;
    public static final int DEFAULT_MAX_DOCUMENTS = 100;
    public static final long DEFAULT_MAX_SCRIPT_INSTRUCTIONS = 10_000_000L;
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(10);

    public static final InterpreterLimits DEFAULTS = new InterpreterLimits(DEFAULT_MAX_STEPS, DEFAULT_MAX_DOCUMENTS,
            DEFAULT_MAX_SCRIPT_INSTRUCTIONS, DEFAULT_FETCH_TIMEOUT);

    public InterpreterLimits {
        if (maxSteps < 1) throw new IllegalArgumentException("maxSteps must be at least 1: " + maxSteps);
        if (maxDocuments < 1) throw new IllegalArgumentException("maxDocuments must be at least 1: " + maxDocuments);
        if (maxScriptInstructions < 1) {
            throw new IllegalArgumentException("maxScriptInstructions must be at least 1: " + maxScriptInstructions);
        }
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
            throw new IllegalArgumentException("fetchTimeout must be positive: " + fetchTimeout);
        }
    }
}
