package loa.config;

import java.util.Locale;

/**
 * A setting by which an operator points loa at their network: each has a flag
 * ({@code --redis}), an environment variable ({@code LOA_REDIS}) and a key in the settings
 * file ({@code redis:}). A flag beats the environment, which beats the file, which beats the default.
 */
public enum Setting {
    REDIS("redis://[user:pass@]host:port of the Redis to use", null),
    DATA("folder for the embedded Redis and local files", "./loa-data"),
    HTTP_PORT("port of the web app (dialogs, prompts)", "8080"),
    HTTP_BIND("address the web app listens on", "127.0.0.1"),
    PUBLIC_URL("base of the dialog URLs voice browsers fetch", null),
    SECRET("key that signs dialog URLs; by default one made at random and kept in Redis", null),
    CAMPAIGNS("folder of campaign files the web app serves", "./campaigns"),
    VXML("folder of dialog templates", "./vxml"),
    PROMPTS("folder of prompt audio and texts", "./prompts"),
    SIP_PORT("UDP port the launcher's SIP listens on", "5060"),
    SIP_BIND("address the launcher's SIP listens on", "127.0.0.1"),
    TRUNK("sip:host:port of the operator's SBC / outbound proxy subscribers are called through", null),
    VOICE_BROWSER("sip:host:port of the voice browser answered calls are joined to", null),
    SMSC("smpp://system_id:password@host:port[?options] of the SMSC the SMS go through", null);

    private final String meaning;
    private final String defaultValue;

    Setting(String meaning, String defaultValue) {
        this.meaning = meaning;
        this.defaultValue = defaultValue;
    }

    /** {@code redis}, {@code http-port}: the settings-file key and the flag without its dashes. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String environmentVariable() {
        return "LOA_" + name();
    }

    public String meaning() {
        return meaning;
    }

    public String defaultValue() {
        return defaultValue;
    }

    static Setting byKey(String key) {
        for (Setting setting : values()) {
            if (setting.key().equals(key)) return setting;
        }
        return null;
    }
}
