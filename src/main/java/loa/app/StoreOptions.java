package loa.app;

import java.io.IOException;
import java.nio.file.Path;
import loa.config.ConfigException;
import loa.config.Setting;
import loa.config.Settings;
import loa.store.RedisStore;
import picocli.CommandLine.Option;

/** The settings every command that touches Redis takes: --redis, --data and --settings. */
final class StoreOptions {
    @Option(names = "--redis", paramLabel = "URI",
            description = "redis://[user:pass@]host:port (env LOA_REDIS); default: a Redis server loa runs in --data")
    String redis;

    @Option(names = "--data", paramLabel = "DIR", description = "folder for the embedded Redis and local files (env LOA_DATA; default ./loa-data)")
    String data;

    @Option(names = "--settings", paramLabel = "FILE", description = "a YAML settings file; flags and LOA_* variables beat it")
    Path settingsFile;

    Settings settings() throws ConfigException {
        return Settings.load(settingsFile, System.getenv());
    }

    String redis(Settings settings) {
        return settings.value(Setting.REDIS, redis);
    }

    Path data(Settings settings) {
        return Path.of(settings.value(Setting.DATA, data));
    }

    /** The Redis these options name; starts loa's own in the data folder when they name none. */
    RedisStore connect() throws ConfigException, IOException {
        Settings settings = settings();
        return RedisStore.connect(redis(settings), data(settings));
    }
}
