package loa.app;

import java.io.PrintStream;
import loa.audience.ImportProgress;

/** A one-line progress bar on standard error, drawn only when a person is watching a terminal. */
final class ProgressBar implements ImportProgress, AutoCloseable {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    private ProgressBar(PrintStream out) {
        this.out = out;
    }

    static ProgressBar onTerminal() {
        return new ProgressBar(System.console() != null ? System.err : null);
    }

    @Override
    public void update(long bytesRead, long totalBytes, long lines) {
        long now = System.nanoTime();
        if (out == null || now - lastDrawn < REDRAW_NANOS && bytesRead < totalBytes) return;
        lastDrawn = now;
        drawn = true;
        double done = totalBytes == 0 ? 1 : Math.min(1, (double) bytesRead / totalBytes);
        int filled = (int) (done * WIDTH);
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        out.printf("\r[%s%s] %3.0f%%  %,d lines  %,.0f lines/s ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done * 100, lines, lines / seconds);
        out.flush();
    }

    @Override
    public void close() {
        if (drawn) out.println();
        drawn = false;
    }
}
