package loa.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code loa} command in a JVM of its own, on this JVM's class path, its output in a log file: for the tests that kill one. */
final class LoaProcess {
    /** A process killed with SIGKILL (9) exits with 128 + 9. */
    static final int KILLED = 137;
    private static final int TAIL_LINES = 40;

    private LoaProcess() {
    }

    /** {@code java -cp <this class path> loa.app.Main args...}. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts {@code command} with no LOA_* settings from this environment, its output in {@code log}. */
    static Process start(List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LOA_"));
        return builder.start();
    }

    /** The last lines of a child's log, for a failure to show. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }
}
