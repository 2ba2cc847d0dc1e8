package loa.app;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as operators read them: ISO-8601 to the second, in the campaign's time zone, with its offset. */
final class Timestamps {
    /** {@code 2026-11-25T15:30:00+07:00}; {@code xxx} writes {@code +00:00} rather than {@code Z}, so every line has the same shape. */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Timestamps() {
    }

    static String local(Instant moment, ZoneId zone) {
        return LOCAL.format(moment.atZone(zone));
    }
}
