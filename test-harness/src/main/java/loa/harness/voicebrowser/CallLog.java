package loa.harness.voicebrowser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What happened in one voice-browser call, in order: for tests to assert and people to read. Thread-safe. */
public final class CallLog {
    /** The kinds of entries. */
    public enum Kind {
        /** A document fetched: its URL (token and all) and HTTP status. */
        FETCHED,
        /** A prompt played: its audio URL (or "tts") and for how long. */
        PLAYED,
        /** Input collected: the key, or "noinput" / "nomatch". */
        INPUT,
        /** A submit: its URL and the name=value pairs sent. */
        SUBMITTED,
        /** An event thrown into the dialog, e.g. connection.disconnect.hangup or error.badfetch. */
        EVENT,
        /** How the call ended: exit, disconnect, hangup, error. */
        ENDED
    }

    /** One entry. */
    public record Entry(Instant at, Kind kind, String detail) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(Kind kind, String detail) {
        entries.add(new Entry(Instant.now(), kind, detail));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The details of the entries of one kind, in order. */
    public synchronized List<String> details(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).map(Entry::detail).toList();
    }
}
