package loa.sms;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where and how the SMS worker reaches the operator's SMSC: the {@code --smsc} / {@code LOA_SMSC}
 * setting, {@code smpp://system_id:password@host:port?option=value&...} (see {@link SmscUri} for
 * the options). Validated on creation, failing with the field's name; the password never
 * appears in {@link #toString()} or in an error.
 *
 * @param systemType      system_type of the bind; empty unless the operator gives one
 * @param enquireLink     idle time after which an enquire_link checks the link
 * @param window          submit_sm sent and not yet answered, at most
 * @param rate            submit_sm per second at most (each segment counts); 0 = no limit of ours
 * @param responseTimeout how long a submit_sm (or bind) waits for its response; past it the SMS is uncertain
 * @param rebindMin       the first wait before binding again; it doubles after each failed bind
 * @param rebindMax       the longest wait between binds
 * @param tries           submissions of one segment refused with a temporary error, at most;
 *                        ESME_RTHROTTLED and ESME_RMSGQFUL do not count (see {@code linkWait})
 * @param retryBackoff    the wait after the first temporary refusal; it doubles after each further one
 * @param linkWait        how long a segment waits for the link to come back, or for the SMSC to stop
 *                        throttling it, before its SMS ends
 * @param windowWait      how long {@code submit} waits for room in the window before refusing
 * @param receiptZone     the time zone of the dates in delivery receipts' text
 */
public record SmscSettings(String host, int port, String systemId, String password, String systemType,
                           SmppBindType bindType, Duration enquireLink, int window, int rate,
                           Concatenation concatenation, Duration responseTimeout, Duration rebindMin,
                           Duration rebindMax, int tries, Duration retryBackoff, Duration linkWait,
                           Duration windowWait, ZoneId receiptZone) {
    public static final String DEFAULT_SYSTEM_TYPE = "";
    public static final SmppBindType DEFAULT_BIND_TYPE = SmppBindType.TRANSCEIVER;
    public static final Duration DEFAULT_ENQUIRE_LINK = Duration.ofSeconds(30);
    public static final int DEFAULT_WINDOW = 10;
    public static final int NO_RATE_LIMIT = 0;
    public static final Concatenation DEFAULT_CONCATENATION = Concatenation.UDH;
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REBIND_MIN = Duration.ofSeconds(1);
    public static final Duration DEFAULT_REBIND_MAX = Duration.ofSeconds(30);
    public static final int DEFAULT_TRIES = 5;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(250);
    public static final Duration DEFAULT_LINK_WAIT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_WINDOW_WAIT = Duration.ofSeconds(30);
    public static final ZoneId DEFAULT_RECEIPT_ZONE = ZoneId.of("UTC");
    /** SMPP 3.4 §5.2: system_id 15, password 8, system_type 12 characters at most. */
    static final int MAX_SYSTEM_ID = 15;
    static final int MAX_PASSWORD = 8;
    static final int MAX_SYSTEM_TYPE = 12;
    static final int MAX_WINDOW = 1_000;

    public SmscSettings {
        require(host != null && !host.isBlank(), "host", "given");
        require(port > 0 && port <= 65_535, "port", "a port number from 1 to 65535");
        require(systemId != null && !systemId.isEmpty() && systemId.length() <= MAX_SYSTEM_ID, "system_id", "1 to 15 characters");
        require(password != null && password.length() <= MAX_PASSWORD, "password", "at most 8 characters");
        require(systemType != null && systemType.length() <= MAX_SYSTEM_TYPE, "system-type", "at most 12 characters");
        Objects.requireNonNull(bindType, "bind");
        require(positive(enquireLink), "enquire-link", "a duration > 0");
        require(window >= 1 && window <= MAX_WINDOW, "window", "1 to " + MAX_WINDOW);
        require(rate >= 0, "rate", ">= 0 (0 = no limit)");
        Objects.requireNonNull(concatenation, "concatenation");
        require(positive(responseTimeout), "response-timeout", "a duration > 0");
        require(positive(rebindMin), "rebind-min", "a duration > 0");
        require(positive(rebindMax) && rebindMax.compareTo(rebindMin) >= 0, "rebind-max", "a duration >= rebind-min");
        require(tries >= 1, "tries", ">= 1");
        require(positive(retryBackoff), "retry-backoff", "a duration > 0");
        require(positive(linkWait), "link-wait", "a duration > 0");
        require(positive(windowWait), "window-wait", "a duration > 0");
        Objects.requireNonNull(receiptZone, "receipt-zone");
    }

    /** Every option at its default. */
    public static SmscSettings of(String host, int port, String systemId, String password) {
        return new SmscSettings(host, port, systemId, password, DEFAULT_SYSTEM_TYPE, DEFAULT_BIND_TYPE,
                DEFAULT_ENQUIRE_LINK, DEFAULT_WINDOW, NO_RATE_LIMIT, DEFAULT_CONCATENATION, DEFAULT_RESPONSE_TIMEOUT,
                DEFAULT_REBIND_MIN, DEFAULT_REBIND_MAX, DEFAULT_TRIES, DEFAULT_RETRY_BACKOFF, DEFAULT_LINK_WAIT,
                DEFAULT_WINDOW_WAIT, DEFAULT_RECEIPT_ZONE);
    }

    /**
     * Reads {@code value}, the setting called {@code name} in the message of any error.
     *
     * @throws IllegalArgumentException naming the setting, the field and what is wrong, never the password
     */
    public static SmscSettings parse(String name, String value) {
        return SmscUri.parse(name, value);
    }

    /** The settings as the operator would write them, with the password hidden. */
    @Override
    public String toString() {
        return "smpp://" + systemId + ":***@" + host + ":" + port + " (" + bindType + (systemType.isEmpty() ? "" : " " + systemType)
                + ", window " + window + ", rate " + (rate == NO_RATE_LIMIT ? "unlimited" : rate + "/s") + ", " + concatenation
                + ", response-timeout " + responseTimeout.toMillis() + " ms)";
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(boolean ok, String field, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("smsc " + field + " must be " + expected);
        }
    }
}
