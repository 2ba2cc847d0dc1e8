package loa.store;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Finds a redis-server to run: the system's on the PATH, else the one the embedded-redis jar ships. */
final class RedisBinary {
    private RedisBinary() {
    }

    static Path find(Path workDir) throws IOException {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                Path candidate = Path.of(entry, "redis-server");
                if (Files.isExecutable(candidate)) return candidate;
            }
        }
        return extractShipped(workDir);
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
            tmp.toFile().setExecutable(true, true);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    private static String shippedResource() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux")) throw new IOException("no redis-server on the PATH; install Redis, or set LOA_REDIS");
        if (arch.equals("amd64") || arch.equals("x86_64")) return "redis-server-6.2.6-v5-linux-amd64";
        if (arch.equals("aarch64") || arch.equals("arm64")) return "redis-server-6.2.7-linux-arm64";
        throw new IOException("no redis-server on the PATH and none shipped for " + arch + "; install Redis, or set LOA_REDIS");
    }
}
