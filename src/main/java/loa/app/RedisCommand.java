package loa.app;

import java.util.concurrent.Callable;
import loa.config.ConfigException;
import loa.config.Settings;
import loa.store.LocalRedis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "redis", mixinStandardHelpOptions = true,
        description = "The Redis server loa runs in the data folder: status, start or stop.")
final class RedisCommand implements Callable<Integer> {
    enum Action { status, start, stop }

    @Parameters(paramLabel = "ACTION", description = "status, start or stop")
    Action action;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalRedis redis = localRedis();
        var out = spec.commandLine().getOut();
        switch (action) {
            case start -> out.println("Redis is running on port " + redis.ensureRunning().getPort());
            case stop -> out.println(redis.stop() ? "Redis stopped" : "Redis was not running");
            default -> {
                var uri = redis.running();
                out.println(uri.isPresent() ? "Redis is running on port " + uri.get().getPort() : "Redis is not running");
                return uri.isPresent() ? 0 : 3;
            }
        }
        return 0;
    }

    private LocalRedis localRedis() throws ConfigException {
        Settings settings = store.settings();
        if (store.redis(settings) != null) {
            throw new IllegalArgumentException("--redis names an external server; this command manages only the one loa runs in --data");
        }
        return new LocalRedis(store.data(settings));
    }
}
