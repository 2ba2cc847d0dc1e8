package loa.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import loa.audience.SampleAudience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sample-audience", mixinStandardHelpOptions = true,
        description = "Write a made-up audience file, the same for the same seed, for demos and benchmarks.")
final class SampleAudienceCommand implements Callable<Integer> {
    @Option(names = "--lines", defaultValue = "10000", paramLabel = "N", description = "lines after the header (default ${DEFAULT-VALUE})")
    long lines;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "the seed (default ${DEFAULT-VALUE})")
    long seed;

    @Parameters(paramLabel = "OUT.csv", description = "the file to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (lines < 0) throw new IllegalArgumentException("--lines must be 0 or more");
        new SampleAudience(seed).write(out, lines);
        spec.commandLine().getOut().printf("Wrote %,d lines to %s%n", lines, out);
        return 0;
    }
}
