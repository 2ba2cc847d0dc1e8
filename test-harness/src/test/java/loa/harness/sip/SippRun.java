package loa.harness.sip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One SIPp process: its exit code, the messages it traced, its final statistics. */
public final class SippRun {
    private final Process process;
    private final Path dir;
    private final int port;
    private final Duration limit;
    private int exitCode = Integer.MIN_VALUE;
    private Duration cpu = Duration.ZERO;

    SippRun(Process process, Path dir, int port, Duration limit) {
        this.process = process;
        this.dir = dir;
        this.port = port;
        this.limit = limit;
    }

    /** The UDP port of 127.0.0.1 SIPp takes SIP on: where to send requests to an answering SIPp. */
    public int port() {
        return port;
    }

    /** Waits until SIPp has bound its SIP port (Linux: seen in /proc/net/udp); fails past {@code within}. */
    void awaitListening(Duration within) throws IOException, InterruptedException {
        String local = String.format(" 0100007F:%04X ", port);
        long deadline = System.nanoTime() + within.toNanos();
        while (Files.readAllLines(Path.of("/proc/net/udp")).stream().noneMatch(line -> line.contains(local))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                Sipp.kill(process);
                throw new IllegalStateException("SIPp is not listening on " + port + ": " + diagnostics());
            }
            process.waitFor(10, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits for SIPp to end (killing it past its time limit). */
    public SippRun await() throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
            process.toHandle().info().totalCpuDuration().ifPresent(used -> cpu = used);
            if (System.nanoTime() > deadline) {
                Sipp.kill(process);
            }
        }
        exitCode = process.waitFor();
        return this;
    }

    /** The CPU time SIPp had used when last seen running (sampled every 200 ms). */
    public Duration cpu() {
        return cpu;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** 0: every call succeeded; 1: some failed; 97, 99, 255, 254: see sipp(1). */
    public int exitCode() {
        return exitCode;
    }

    /** Every SIP message SIPp sent and received ({@code -trace_msg}). */
    public String messages() {
        return read("messages.log");
    }

    /** What SIPp printed and the errors it logged, for failure messages. */
    public String diagnostics() {
        return "exit " + exitCode + " in " + dir + "\n" + read("screen.log") + "\n" + read("errors.log");
    }

    /** The last row of {@code -trace_stat}, by column name (e.g. {@code SuccessfulCall(C)}). */
    public Map<String, String> finalStatistics() {
        List<String> lines = read("stats.csv").lines().filter(l -> !l.isBlank()).toList();
        Map<String, String> row = new HashMap<>();
        if (lines.size() < 2) {
            return row;
        }
        String[] names = lines.get(0).split(";");
        String[] values = lines.get(lines.size() - 1).split(";");
        for (int i = 0; i < Math.min(names.length, values.length); i++) {
            row.put(names[i], values[i]);
        }
        return row;
    }

    public int successfulCalls() {
        return Integer.parseInt(finalStatistics().getOrDefault("SuccessfulCall(C)", "0"));
    }

    public int failedCalls() {
        return Integer.parseInt(finalStatistics().getOrDefault("FailedCall(C)", "0"));
    }

    private String read(String file) {
        try {
            Path path = dir.resolve(file);
            return Files.exists(path) ? Files.readString(path, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e + ")";
        }
    }
}
