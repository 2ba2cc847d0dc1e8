package loa.app;

import java.io.PrintWriter;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** The loa command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger(); // Tomcat logs through java.util.logging
        SLF4JBridgeHandler.install();
        System.exit(run(args));
    }

    /** Runs one command and returns its exit code: 0 done, 1 failed, 2 wrong input. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new LoaCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new UserErrors())
                .execute(args);
    }
}
