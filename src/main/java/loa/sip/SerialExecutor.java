package loa.sip;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one call's tasks one at a time, in order, on a shared pool, so the call's state needs no
 * locks. Every line logged by a task carries the call's id in the MDC key {@code call}. The queue
 * is bounded: a call that piles up more events than that is broken, and says so.
 */
public final class SerialExecutor implements Executor {
    private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);
    /** More pending events than this for one call means something is wrong with it. */
    public static final int MAX_PENDING = 256;

    private final Executor pool;
    private final String callId;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    public SerialExecutor(Executor pool, String callId) {
        this.pool = pool;
        this.callId = callId;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            if (tasks.size() >= MAX_PENDING) {
                throw new RejectedExecutionException("call " + callId + " has " + MAX_PENDING + " events pending");
            }
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        pool.execute(this::drain);
    }

    private void drain() {
        MDC.put("call", callId);
        try {
            for (Runnable task = next(); task != null; task = next()) {
                runSafely(task);
            }
        } finally {
            MDC.remove("call");
        }
    }

    private Runnable next() {
        synchronized (tasks) {
            Runnable task = tasks.poll();
            draining = task != null;
            return task;
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("call {}: event failed", callId, e);
        }
    }
}
