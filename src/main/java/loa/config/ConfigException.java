package loa.config;

import java.util.List;

/** A settings or campaign file with mistakes: every one of them, each naming its line and field. */
public final class ConfigException extends Exception {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
