package loa.store;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A redis-server to run: the system's on the PATH, else the one the embedded-redis jar ships; and its version. */
record RedisBinary(Path path, String version) {
    private static final Pattern VERSION = Pattern.compile("v=(\\d+\\.\\d+\\.\\d+)");

    static RedisBinary find(Path workDir) throws IOException {
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String entry : pathVariable.split(File.pathSeparator)) {
                Path candidate = Path.of(entry, "redis-server");
                if (Files.isExecutable(candidate)) return of(candidate);
            }
        }
        return of(extractShipped(workDir));
    }

    static RedisBinary of(Path binary) throws IOException {
        Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + binary + " its version", e);
        }
        Matcher m = VERSION.matcher(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        if (!m.find()) throw new IOException(binary + " --version did not say which Redis it is");
        return new RedisBinary(binary, m.group(1));
    }

    /** Redis reads the files of its own major version (6.2 cannot read 7's multi-part append-only files). */
    static boolean sameMajor(String a, String b) {
        return a.split("\\.")[0].equals(b.split("\\.")[0]);
    }

    /** The redis-server inside the embedded-redis jar, copied out next to the data. */
    static Path extractShipped(Path workDir) throws IOException {
        String resource = shippedResource();
        Path target = workDir.resolve("bin").resolve(resource);
        if (Files.isExecutable(target)) return target;
        Files.createDirectories(target.getParent());
        try (InputStream in = RedisBinary.class.getResourceAsStream("/" + resource)) {
            if (in == null) throw new IOException("no redis-server on the PATH and none shipped for this machine");
            Path tmp = Files.createTempFile(target.getParent(), "redis-server", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (!tmp.toFile().setExecutable(true, true)) throw new IOException("cannot make " + tmp + " executable");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    private static String shippedResource() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux")) throw new IOException("no redis-server on the PATH; install Redis, or set LOA_REDIS");
        if (arch.equals("amd64") || arch.equals("x86_64")) return "redis-server-6.2.6-v5-linux-amd64";
        if (arch.equals("aarch64") || arch.equals("arm64")) return "redis-server-6.2.7-linux-arm64";
        throw new IOException("no redis-server on the PATH and none shipped for " + arch + "; install Redis, or set LOA_REDIS");
    }
}
