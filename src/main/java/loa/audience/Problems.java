package loa.audience;

import java.util.ArrayList;
import java.util.List;

/** The lines a file could not use: all of them counted, the first few kept with their reasons. */
public final class Problems {
    public static final int KEPT = 20;

    private final List<String> first = new ArrayList<>();
    private long count;

    void add(int line, String reason) {
        if (first.size() < KEPT) first.add("line " + line + ": " + reason);
        count++;
    }

    public long count() {
        return count;
    }

    /** "line N: reason" for the first {@link #KEPT} problems, in file order. */
    public List<String> first() {
        return List.copyOf(first);
    }

    /** The first problems, one a line after {@code indent}, then how many more there are. */
    public String listed(String indent) {
        StringBuilder out = new StringBuilder();
        first.forEach(problem -> out.append(indent).append(problem).append('\n'));
        if (count > first.size()) out.append(String.format("%s… and %,d more%n", indent, count - first.size()));
        return out.toString();
    }
}
