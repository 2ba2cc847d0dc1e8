package loa.harness.sip;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SIPp (the Debian package sip-tester) as the independent side of a test, calling an endpoint on
 * 127.0.0.1 or {@link #answering} one: one scenario file from test-harness/sipp/ (found from the
 * repository root, the tests' working folder), its signalling, media and control ports all free.
 */
public final class Sipp {
    private static final Path SCENARIOS = Path.of("test-harness/sipp");
    /** Each run's messages, statistics and screen, kept for reading after a failure; mvn clean removes them. */
    private static final Path RUNS = Path.of("target/sipp-runs").toAbsolutePath();
    /** How long an answering SIPp may take to bind its SIP port. */
    private static final Duration LISTENING_WITHIN = Duration.ofSeconds(10);

    private final Path scenario;
    private final List<String> options = new ArrayList<>();
    private final java.util.Map<String, Path> files = new java.util.LinkedHashMap<>();
    private String target;
    private boolean answering;
    private Duration timeout = Duration.ofSeconds(15);

    private Sipp(String scenarioFile) {
        this.scenario = SCENARIOS.resolve(scenarioFile);
        if (!Files.isRegularFile(scenario)) {
            throw new IllegalArgumentException("no SIPp scenario " + scenario.toAbsolutePath());
        }
    }

    /** A scenario named after the outcome it expects, e.g. {@code subscriber-busy-486.xml}. */
    public static Sipp scenario(String file) {
        return new Sipp(file);
    }

    public Sipp calling(String host, int port) {
        target = host + ":" + port;
        return this;
    }

    /**
     * SIPp as the called side (a UAS scenario): it calls no one, and {@link #start} returns once it
     * listens on {@link SippRun#port}, so a request sent then is not lost.
     */
    public Sipp answering() {
        answering = true;
        return this;
    }

    /** The Request-URI's user part: {@code [service]} in scenarios. */
    public Sipp service(String user) {
        return option("-s", user);
    }

    /** Ends after this many calls ({@code -m}). */
    public Sipp calls(int count) {
        return option("-m", String.valueOf(count));
    }

    /** New calls a second ({@code -r}) and simultaneous calls at most ({@code -l}). */
    public Sipp rate(int perSecond, int simultaneous) {
        return option("-r", String.valueOf(perSecond)).option("-l", String.valueOf(simultaneous));
    }

    /** How long a scenario's {@code <pause/>} holds the call ({@code -d}). */
    public Sipp holdFor(Duration hold) {
        return option("-d", String.valueOf(hold.toMillis()));
    }

    /** A {@code [name]} keyword for the scenario. */
    public Sipp key(String name, String value) {
        return option("-key", name, value);
    }

    /** SIPp quits with an error after this long ({@code -timeout}, {@code -timeout_error}). */
    public Sipp timeout(Duration limit) {
        timeout = limit;
        return this;
    }

    /** Copies {@code source} into SIPp's working folder as {@code name}, for what scenarios name literally (rtp_stream files). */
    public Sipp file(String name, Path source) {
        files.put(name, source);
        return this;
    }

    public Sipp option(String... args) {
        options.addAll(List.of(args));
        return this;
    }

    /** Runs SIPp and waits for it to end. */
    public SippRun run() throws IOException, InterruptedException {
        return start().await();
    }

    /** Starts SIPp; {@link SippRun#await} waits for it. */
    public SippRun start() throws IOException, InterruptedException {
        if (answering == (target != null)) {
            throw new IllegalStateException("say whom SIPp is calling, or that it is answering, not both");
        }
        Path dir = Files.createTempDirectory(Files.createDirectories(RUNS), "run");
        for (var file : files.entrySet()) {
            Files.copy(file.getValue(), dir.resolve(file.getKey()));
        }
        int port = freeUdpPort();
        List<String> command = new ArrayList<>(answering ? List.of("sipp") : List.of("sipp", target));
        command.addAll(List.of("-sf", scenario.toAbsolutePath().toString(),
                "-i", "127.0.0.1", "-p", String.valueOf(port), "-mp", String.valueOf(freeUdpPort()),
                "-cp", String.valueOf(freeUdpPort()), "-nostdin", "-timeout", timeout.toSeconds() + "s", "-timeout_error",
                "-trace_msg", "-message_file", dir.resolve("messages.log").toString(),
                "-trace_stat", "-stf", dir.resolve("stats.csv").toString(),
                "-trace_err", "-error_file", dir.resolve("errors.log").toString()));
        command.addAll(options);
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("screen.log").toFile()).start();
        SippRun run = new SippRun(process, dir, port, timeout.plusSeconds(10));
        if (answering) {
            run.awaitListening(LISTENING_WITHIN);
        }
        return run;
    }

    /** A UDP port of 127.0.0.1 free a moment ago: for SIPp, or as a peer nobody listens on. */
    public static int freeUdpPort() throws IOException {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return probe.getLocalPort();
        }
    }

    /** Kills a SIPp still running after a failed test; used by {@link SippRun}. */
    static void kill(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
