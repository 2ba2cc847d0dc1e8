package loa.sms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@code smpp://system_id:password@host:port?option=value&...}. The system_id and password
 * may be percent-encoded ({@code %40} for '@'). Options, each with its default in
 * {@link SmscSettings}: {@code system-type}, {@code bind} (transmitter | transceiver),
 * {@code enquire-link}, {@code window}, {@code rate}, {@code concatenation} (udh | sar),
 * {@code response-timeout}, {@code rebind-min}, {@code rebind-max}, {@code tries},
 * {@code retry-backoff}, {@code link-wait}, {@code window-wait}, {@code receipt-zone}.
 * Durations are written {@code 500ms}, {@code 10s} or {@code 2m}.
 */
final class SmscUri {
    static final String SCHEME = "smpp://";
    static final List<String> OPTIONS = List.of("system-type", "bind", "enquire-link", "window", "rate", "concatenation",
            "response-timeout", "rebind-min", "rebind-max", "tries", "retry-backoff", "link-wait", "window-wait", "receipt-zone");
    private static final String HIDDEN = "***";

    private final Map<String, String> options;

    private SmscUri(Map<String, String> options) {
        this.options = options;
    }

    static SmscSettings parse(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set: give smpp://system_id:password@host:port");
        }
        try {
            return read(value.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException(name + " '" + masked(value.strip()) + "': " + e.getMessage());
        }
    }

    /** {@code value} with whatever stands where the password goes replaced by {@code ***}. */
    static String masked(String value) {
        int start = value.startsWith(SCHEME) ? SCHEME.length() : 0;
        int at = value.lastIndexOf('@');
        int colon = value.indexOf(':', start);
        if (at < start || colon < 0 || colon > at) {
            return value;
        }
        return value.substring(0, colon + 1) + HIDDEN + value.substring(at);
    }

    private static SmscSettings read(String value) {
        if (!value.startsWith(SCHEME)) {
            throw new IllegalArgumentException("is not smpp://system_id:password@host:port");
        }
        int at = value.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("gives no system_id:password@ before the host");
        }
        String[] credentials = credentials(value.substring(SCHEME.length(), at));
        String rest = value.substring(at + 1);
        int query = rest.indexOf('?');
        String address = stripSlash(query < 0 ? rest : rest.substring(0, query));
        SmscUri uri = new SmscUri(options(query < 0 ? "" : rest.substring(query + 1)));
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("gives no host:port after the '@'");
        }
        return uri.settings(address.substring(0, colon), port(address.substring(colon + 1)), credentials[0], credentials[1]);
    }

    private SmscSettings settings(String host, int port, String systemId, String password) {
        SmscSettings d = SmscSettings.of(host, port, systemId, password);
        return new SmscSettings(host, port, systemId, password,
                option("system-type", d.systemType(), s -> s),
                option("bind", d.bindType(), s -> choice(SmppBindType.class, s)),
                option("enquire-link", d.enquireLink(), SmscUri::duration),
                option("window", d.window(), SmscUri::number),
                option("rate", d.rate(), SmscUri::number),
                option("concatenation", d.concatenation(), s -> choice(Concatenation.class, s)),
                option("response-timeout", d.responseTimeout(), SmscUri::duration),
                option("rebind-min", d.rebindMin(), SmscUri::duration),
                option("rebind-max", d.rebindMax(), SmscUri::duration),
                option("tries", d.tries(), SmscUri::number),
                option("retry-backoff", d.retryBackoff(), SmscUri::duration),
                option("link-wait", d.linkWait(), SmscUri::duration),
                option("window-wait", d.windowWait(), SmscUri::duration),
                option("receipt-zone", d.receiptZone(), ZoneId::of));
    }

    private <T> T option(String key, T otherwise, Function<String, T> reader) {
        String given = options.get(key);
        if (given == null) {
            return otherwise;
        }
        try {
            return reader.apply(given);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("option " + key + "=" + given + ": " + e.getMessage());
        }
    }

    private static String[] credentials(String userInfo) {
        int colon = userInfo.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("gives no system_id:password@ before the host");
        }
        return new String[] {decode(userInfo.substring(0, colon)), decode(userInfo.substring(colon + 1))};
    }

    private static Map<String, String> options(String query) {
        Map<String, String> options = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!OPTIONS.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "'; the options are " + String.join(", ", OPTIONS));
            }
            options.put(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return options;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("the port is not a number from 1 to 65535");
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number");
        }
    }

    /** {@code 500ms}, {@code 10s}, {@code 2m}. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        String unit = t.endsWith("ms") ? "ms" : t.endsWith("s") ? "s" : t.endsWith("m") ? "m" : "";
        String digits = t.substring(0, t.length() - unit.length());
        if (unit.isEmpty() || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            throw new IllegalArgumentException("not a duration such as 500ms, 10s or 2m");
        }
        long amount = Long.parseLong(digits);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("not one of " + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
    }

    private static String stripSlash(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    /** Percent-decoding only: a '+' stays a '+', as a password may hold one. */
    private static String decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
    }
}
