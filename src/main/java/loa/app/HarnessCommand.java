package loa.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import loa.harness.Harness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "harness", mixinStandardHelpOptions = true,
        description = "Run the simulated operator network on 127.0.0.1 until stopped: subscribers behind a SIP trunk, "
                + "a VoiceXML voice browser and an SMSC, and print the settings that point loa at them.")
final class HarnessCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "1", description = "the seed the subscribers' behaviour follows (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--smsc-system-id", defaultValue = "loa", description = "the system id the SMSC accepts (default ${DEFAULT-VALUE})")
    String smscSystemId;

    @Option(names = "--smsc-password", defaultValue = "harness", description = "its password, at most 8 characters (default ${DEFAULT-VALUE})")
    String smscPassword;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Harness harness = Harness.start(seed, smscSystemId, smscPassword)) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Simulated operator network (seed %d) on 127.0.0.1, until Ctrl-C:%n", seed);
            out.printf("  LOA_TRUNK=%s%n  LOA_VOICE_BROWSER=%s%n  LOA_SMSC=%s%n", harness.trunk(),
                    harness.voiceBrowserUri(), harness.smscUri());
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "harness-stop"));
            stopped.await();
        }
        return 0;
    }
}
