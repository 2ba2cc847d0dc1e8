package loa.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The settings in force: flag, else environment, else settings file, else default. */
public final class Settings {
    private final Map<Setting, String> fromFile;
    private final Map<String, String> environment;

    private Settings(Map<Setting, String> fromFile, Map<String, String> environment) {
        this.fromFile = fromFile;
        this.environment = environment;
    }

    /** @param file the settings file, or null for none */
    public static Settings load(Path file, Map<String, String> environment) throws ConfigException {
        Map<Setting, String> fromFile = new EnumMap<>(Setting.class);
        if (file != null) readFile(file, fromFile);
        return new Settings(fromFile, environment);
    }

    /** The value in force, or null when nothing sets it and it has no default. */
    public String value(Setting setting, String flag) {
        if (flag != null && !flag.isBlank()) return flag.strip();
        String env = environment.get(setting.environmentVariable());
        if (env != null && !env.isBlank()) return env.strip();
        String file = fromFile.get(setting);
        return file != null && !file.isBlank() ? file.strip() : setting.defaultValue();
    }

    private static void readFile(Path file, Map<Setting, String> into) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        YamlDocument doc = YamlDocument.parse(file.getFileName().toString(), text);
        for (Map.Entry<String, JsonNode> entry : new Section(doc, doc.root(), "").entries()) {
            Setting setting = Setting.byKey(entry.getKey());
            if (setting == null) {
                doc.problem("/" + entry.getKey(), "unknown setting; the settings are " + keys());
            } else if (!entry.getValue().isValueNode()) {
                doc.problem("/" + entry.getKey(), "expected a single value");
            } else {
                into.put(setting, entry.getValue().asText());
            }
        }
        doc.throwIfProblems();
    }

    private static String keys() {
        StringBuilder out = new StringBuilder();
        for (Setting setting : Setting.values()) out.append(out.length() == 0 ? "" : ", ").append(setting.key());
        return out.toString();
    }
}
