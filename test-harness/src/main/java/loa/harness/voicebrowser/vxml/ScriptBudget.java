package loa.harness.voicebrowser.vxml;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * Rhino contexts for calls: interpreted (no class generation per expression), ES6, a bounded
 * stack, and a budget of instructions per call, so a script that never ends ends its call
 * instead of holding the call's thread for ever. Thread-safe: one factory serves every call.
 */
final class ScriptBudget extends ContextFactory {
    /** How often Rhino reports to {@link #observeInstructionCount}; small enough to stop a loop soon. */
    private static final int OBSERVE_EVERY = 10_000;
    /** Rhino's interpreter keeps its frames on the heap: without a limit, endless recursion eats the heap. */
    private static final int MAX_STACK_DEPTH = 1000;

    private final long maxInstructions;

    ScriptBudget(long maxInstructions) {
        this.maxInstructions = maxInstructions;
    }

    @Override
    protected Context makeContext() {
        Context context = new CountingContext(this);
        context.setInterpretedMode(true);
        context.setLanguageVersion(Context.VERSION_ES6);
        context.setInstructionObserverThreshold(OBSERVE_EVERY);
        context.setMaximumInterpreterStackDepth(MAX_STACK_DEPTH);
        return context;
    }

    @Override
    protected void observeInstructionCount(Context context, int instructions) {
        CountingContext counting = (CountingContext) context;
        counting.used += instructions;
        if (counting.used > maxInstructions) throw new Exhausted(maxInstructions);
    }

    /** A context that remembers how much of the call's budget its scripts used. */
    private static final class CountingContext extends Context {
        private long used;

        CountingContext(ContextFactory factory) {
            super(factory);
        }
    }

    /**
     * The budget is spent. An Error, as Rhino's documentation asks: a script's try/catch cannot
     * swallow it, so the script stops.
     */
    static final class Exhausted extends Error {
        Exhausted(long maxInstructions) {
            super("the dialog's scripts ran more than " + maxInstructions + " instructions", null, false, false);
        }
    }
}
