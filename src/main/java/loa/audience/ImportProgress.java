package loa.audience;

/** Told, now and then on the reading thread, how far an import has come. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (bytesRead, totalBytes, lines) -> { };

    void update(long bytesRead, long totalBytes, long lines);
}
