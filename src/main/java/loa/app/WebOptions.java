package loa.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import loa.config.Setting;
import loa.config.Settings;
import loa.store.RedisStore;
import loa.vxml.DialogServer;
import picocli.CommandLine.Option;

/** The web app's settings: where it listens, its public address, and the folders it serves. */
final class WebOptions {
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final int MIN_SECRET_BYTES = 16;

    @Option(names = "--port", paramLabel = "PORT", description = "web app port (env LOA_HTTP_PORT; default 8080)")
    String port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "web app address (env LOA_HTTP_BIND; default 127.0.0.1)")
    String bind;

    @Option(names = "--public-url", paramLabel = "URL", description = "base of the dialog URLs voice browsers fetch "
            + "(env LOA_PUBLIC_URL; default http://<bind>:<port>)")
    String publicUrl;

    @Option(names = "--campaigns", paramLabel = "DIR", description = "folder of campaign files (env LOA_CAMPAIGNS; default ./campaigns)")
    String campaigns;

    @Option(names = "--vxml", paramLabel = "DIR", description = "folder of dialog templates (env LOA_VXML; default ./vxml)")
    String vxml;

    @Option(names = "--prompts", paramLabel = "DIR", description = "folder of prompts (env LOA_PROMPTS; default ./prompts)")
    String prompts;

    DialogServer.Config config(Settings settings) {
        return new DialogServer.Config(settings.value(Setting.HTTP_BIND, bind), port(settings),
                Path.of(settings.value(Setting.VXML, vxml)), Path.of(settings.value(Setting.PROMPTS, prompts)), GRACE);
    }

    Path campaignsDir(Settings settings) {
        return Path.of(settings.value(Setting.CAMPAIGNS, campaigns));
    }

    String publicUrl(Settings settings) {
        String configured = settings.value(Setting.PUBLIC_URL, publicUrl);
        return configured != null ? configured : "http://" + settings.value(Setting.HTTP_BIND, bind) + ":" + port(settings);
    }

    /** LOA_SECRET when set; else the one kept in Redis, the same for every node on it. */
    static byte[] secret(Settings settings, RedisStore store) {
        String configured = settings.value(Setting.SECRET, null);
        if (configured == null) return store.sharedSecret();
        byte[] secret = configured.getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("LOA_SECRET must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
        return secret;
    }

    private int port(Settings settings) {
        return portNumber("the web app port (--port or LOA_HTTP_PORT)", settings.value(Setting.HTTP_PORT, port));
    }

    /** {@code value} as a port number (0 for any free one); the error names the setting {@code what}. */
    static int portNumber(String what, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= 65535) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " '" + value + "' is not a port number");
    }
}
