package loa.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The Redis server loa runs itself when no Redis is configured: the system's redis-server
 * when there is one, else the one shipped in the embedded-redis jar, with append-only
 * persistence in {@code <data>/redis}. It runs as a daemon, so every loa command on the same
 * data folder, one after another or side by side, shares it: a lock file makes the first one
 * start it and the others find it. It listens on 127.0.0.1 only, with a password kept in the
 * data folder.
 */
public final class LocalRedis {
    private static final Logger log = LoggerFactory.getLogger(LocalRedis.class);
    private static final Duration START_DEADLINE = Duration.ofSeconds(20);
    private static final String HOST = "127.0.0.1";

    private final Path dir;
    private final Path binary;

    public LocalRedis(Path dataDir) {
        this(dataDir, null);
    }

    /** With {@code binary} as the redis-server to start, instead of looking for one (null: look). */
    LocalRedis(Path dataDir, Path binary) {
        this.dir = dataDir.toAbsolutePath().normalize().resolve("redis");
        this.binary = binary;
    }

    /** The running server's address, starting it first when it is not running. */
    public URI ensureRunning() throws IOException {
        synchronized (LocalRedis.class) { // a file lock keeps out other processes, not other threads
            return ensureRunningLocked();
        }
    }

    private URI ensureRunningLocked() throws IOException {
        createPrivateDirectory(dir);
        try (FileChannel lockFile = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            Optional<URI> running = running();
            return running.isPresent() ? running.get() : start();
        }
    }

    /** The address of this data folder's server when it is up. */
    public Optional<URI> running() {
        Properties state = readState();
        if (state == null) return Optional.empty();
        int port = Integer.parseInt(state.getProperty("port"));
        String password = state.getProperty("password");
        try (Jedis jedis = connect(port, password)) {
            List<String> configured = List.copyOf(jedis.configGet("dir").values());
            if (!configured.isEmpty() && Path.of(configured.get(0)).equals(dir.toRealPath())) {
                return Optional.of(uri(port, password));
            }
        } catch (JedisException | IOException e) {
            log.debug("No Redis of {} on port {}: {}", dir, port, e.getMessage());
        }
        return Optional.empty();
    }

    /** Shuts the server down, its data written; false when it was not running. */
    public boolean stop() {
        Properties state = readState();
        if (state == null || running().isEmpty()) return false;
        try (Jedis jedis = connect(Integer.parseInt(state.getProperty("port")), state.getProperty("password"))) {
            jedis.shutdown();
        } catch (JedisException e) {
            log.debug("Redis shut down: {}", e.getMessage());
        }
        return true;
    }

    private URI start() throws IOException {
        Properties state = readState();
        String password = state != null ? state.getProperty("password") : randomPassword();
        RedisBinary binary = this.binary != null ? RedisBinary.of(this.binary) : RedisBinary.find(dir);
        String writtenBy = state == null ? null : state.getProperty("version");
        if (writtenBy != null && hasData() && !RedisBinary.sameMajor(writtenBy, binary.version())) {
            throw new IOException("the data in " + dir + " was written by redis-server " + writtenBy + ", and the one "
                    + "found now (" + binary.path() + ") is " + binary.version() + ", which would not read it; "
                    + "install Redis " + writtenBy.split("\\.")[0] + " or point --redis at a server holding the data");
        }
        int port = freePort();
        Path conf = writeConfig(port, password);
        log.info("Starting {} {} on {}:{} with its data in {}", binary.path(), binary.version(), HOST, port, dir);
        Process process = new ProcessBuilder(binary.path().toString(), conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("start.log").toFile()).start();
        awaitExit(process);
        awaitPing(port, password);
        writeState(port, password, binary.version());
        return uri(port, password);
    }

    private boolean hasData() {
        return Files.exists(dir.resolve("appendonlydir")) || Files.exists(dir.resolve("appendonly.aof"))
                || Files.exists(dir.resolve("dump.rdb"));
    }

    private Path writeConfig(int port, String password) throws IOException {
        Path conf = dir.resolve("redis.conf");
        String text = String.join("\n",
                "# Written by loa; rewritten at every start.",
                "bind " + HOST,
                "port " + port,
                "requirepass " + password,
                "daemonize yes",
                "pidfile \"" + dir.resolve("redis.pid") + "\"",
                "logfile \"" + dir.resolve("redis.log") + "\"",
                "dir \"" + dir + "\"",
                "appendonly yes",
                "appendfsync everysec",
                "");
        writePrivate(conf, text);
        return conf;
    }

    private void awaitExit(Process process) throws IOException {
        try {
            if (!process.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IOException("redis-server did not start within " + START_DEADLINE.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting redis-server", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("redis-server failed to start: " + Files.readString(dir.resolve("start.log")).strip());
        }
    }

    private void awaitPing(int port, String password) throws IOException {
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (true) {
            try (Jedis jedis = connect(port, password)) {
                jedis.ping();
                return;
            } catch (JedisException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("redis-server did not answer on port " + port + "; see " + dir.resolve("redis.log"), e);
                }
                pause();
            }
        }
    }

    private Properties readState() {
        Path file = dir.resolve("server.properties");
        if (!Files.isRegularFile(file)) return null;
        Properties state = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            state.load(in);
        } catch (IOException e) {
            return null;
        }
        return state.getProperty("port") != null && state.getProperty("password") != null ? state : null;
    }

    private void writeState(int port, String password, String version) throws IOException {
        Path tmp = dir.resolve("server.properties.tmp");
        writePrivate(tmp, "port=" + port + "\npassword=" + password + "\nversion=" + version + "\n");
        Files.move(tmp, dir.resolve("server.properties"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Jedis connect(int port, String password) {
        return new Jedis(HOST, port, DefaultJedisClientConfig.builder().password(password)
                .connectionTimeoutMillis(1000).socketTimeoutMillis(5000).build());
    }

    private static URI uri(int port, String password) {
        return URI.create("redis://:" + password + "@" + HOST + ":" + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The folder holds every subscriber's number and the server's password: its owner's alone. */
    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        Files.createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(dir);
        }
    }

    /** Written readable by the owner alone from the first byte. */
    private static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text);
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for redis-server", e);
        }
    }
}
