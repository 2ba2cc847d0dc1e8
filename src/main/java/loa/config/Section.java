package loa.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of a YAML document, read key by key. Each reader returns a usable value even
 * when the file is wrong (null, 0 or empty) and records the problem with its line and field,
 * so one pass reports every mistake at once.
 */
final class Section {
    private static final Pattern SHORT_DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private final YamlDocument doc;
    private final JsonNode node;
    private final String pointer;

    Section(YamlDocument doc, JsonNode node, String pointer) {
        this.doc = doc;
        this.node = node;
        this.pointer = pointer;
    }

    /** Reports every key not in {@code known}: a misspelt key is a mistake, not a comment. */
    void allowOnly(String... known) {
        Set<String> allowed = Set.of(known);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                doc.problem(at(name), "unknown key '" + name + "'; the keys here are " + new TreeSet<>(allowed));
            }
        }
    }

    /** A mapping under {@code key}; when it is missing, that alone is reported, not each key it lacks. */
    Section section(String key) {
        JsonNode child = node.path(key);
        if (child.isMissingNode()) {
            if (!node.isMissingNode()) doc.problem(pointer, "missing key '" + key + "'");
        } else if (!child.isObject()) {
            doc.problem(at(key), "expected a mapping of keys to values");
            child = MissingNode.getInstance();
        }
        return new Section(doc, child, at(key));
    }

    /** This mapping's entries, in file order. */
    List<Map.Entry<String, JsonNode>> entries() {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }

    String text(String key) {
        JsonNode value = required(key);
        if (value == null) return null;
        if (!value.isTextual() || value.asText().isBlank()) {
            doc.problem(at(key), value.isTextual() ? "is empty" : "expected text, found " + value.asText());
            return null;
        }
        return value.asText().strip();
    }

    /** Text written as YAML text: a number here would lose its leading zeros. */
    String digits(String key) {
        JsonNode value = required(key);
        if (value == null) return null;
        if (value.isNumber()) {
            doc.problem(at(key), "write it in quotes (\"0" + value.asText() + "\") so its leading zeros are kept");
            return null;
        }
        String text = text(key);
        if (text != null && !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            doc.problem(at(key), "'" + text + "' is not all digits");
            return null;
        }
        return text;
    }

    int integer(String key, int min, int max) {
        JsonNode value = required(key);
        if (value == null) return min;
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            doc.problem(at(key), "expected a whole number from " + min + " to " + max + ", found " + value.asText());
            return min;
        }
        return value.asInt();
    }

    double positiveNumber(String key) {
        JsonNode value = required(key);
        if (value == null) return 1;
        if (!value.isNumber() || value.asDouble() <= 0) {
            doc.problem(at(key), "expected a number above 0, found " + value.asText());
            return 1;
        }
        return value.asDouble();
    }

    boolean bool(String key) {
        JsonNode value = required(key);
        if (value == null) return false;
        if (!value.isBoolean()) {
            doc.problem(at(key), "expected true or false, found " + value.asText());
            return false;
        }
        return value.asBoolean();
    }

    /** A duration: {@code 30s}, {@code 2m}, {@code 1h30m} or ISO-8601 {@code PT30S}; above zero. */
    Duration duration(String key) {
        JsonNode value = required(key);
        if (value == null) return Duration.ofSeconds(1);
        Duration duration = parseDuration(value.asText().strip().toLowerCase(Locale.ROOT));
        if (duration == null || duration.isZero() || duration.isNegative()) {
            doc.problem(at(key), "'" + value.asText() + "' is not a duration above zero; write it as 30s, 2m, 1h30m or PT30S");
            return Duration.ofSeconds(1);
        }
        return duration;
    }

    /** The items of a list, each with its pointer; a missing key is an empty list when optional. */
    List<Item> list(String key, boolean optional) {
        JsonNode value = node.path(key);
        List<Item> items = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            if (!optional && !node.isMissingNode()) doc.problem(value.isNull() ? at(key) : pointer, "missing key '" + key + "'");
        } else if (!value.isArray()) {
            doc.problem(at(key), "expected a list");
        } else {
            for (int i = 0; i < value.size(); i++) items.add(new Item(value.get(i), at(key) + "/" + i));
        }
        return items;
    }

    /** Reports a problem about this section's {@code key}. */
    void problem(String key, String message) {
        doc.problem(key == null ? pointer : at(key), message);
    }

    void problemAt(String itemPointer, String message) {
        doc.problem(itemPointer, message);
    }

    boolean has(String key) {
        return node.has(key);
    }

    record Item(JsonNode node, String pointer) {
    }

    private JsonNode required(String key) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            if (!node.isMissingNode()) doc.problem(value.isNull() ? at(key) : pointer, "missing key '" + key + "'");
            return null;
        }
        return value;
    }

    private String at(String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    private static Duration parseDuration(String text) {
        if (text.startsWith("p")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Matcher m = SHORT_DURATION.matcher(text);
        if (text.isEmpty() || !m.matches()) return null;
        return Duration.ofHours(group(m, 1)).plusMinutes(group(m, 2)).plusSeconds(group(m, 3));
    }

    private static long group(Matcher m, int i) {
        return m.group(i) == null ? 0 : Long.parseLong(m.group(i));
    }
}
