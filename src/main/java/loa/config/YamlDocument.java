package loa.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML file read for validation: its tree, the line of every key and item (so a problem can
 * name its line), and the problems found so far. Paths are JSON pointers inside, shown to
 * people as {@code windows[1].end}.
 */
final class YamlDocument {
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    private final String name;
    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<String> problems = new ArrayList<>();

    private YamlDocument(String name, JsonNode root, Map<String, Integer> lines) {
        this.name = name;
        this.root = root;
        this.lines = lines;
    }

    static YamlDocument parse(String name, String text) throws ConfigException {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw new ConfigException(List.of(name + ": expected a mapping of keys to values at the top"));
            }
            return new YamlDocument(name, root, lineIndex(text));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(List.of(name + ":" + line + ": not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(List.of(name + ": cannot be read: " + e.getMessage()));
        }
    }

    JsonNode root() {
        return root;
    }

    void problem(String pointer, String message) {
        Integer line = pointer.isEmpty() ? null : lines.get(pointer);
        String at = line == null ? "" : line + ":";
        String field = pointer.isEmpty() ? "" : " " + display(pointer) + ":";
        problems.add(name + ":" + at + field + " " + message);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void throwIfProblems() throws ConfigException {
        if (!problems.isEmpty()) throw new ConfigException(problems);
    }

    /** {@code /windows/1/end} as {@code windows[1].end}. */
    static String display(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) out.append('[').append(part).append(']');
            else out.append(out.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
        }
        return out.toString();
    }

    private static Map<String, Integer> lineIndex(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) continue;
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }
}
