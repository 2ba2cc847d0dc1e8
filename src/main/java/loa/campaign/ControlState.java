package loa.campaign;

import java.time.Instant;
import java.util.Locale;

/**
 * A campaign's control word: its status, why, since when, and the operator's overrides of the
 * call limits (null: the campaign file's).
 */
public record ControlState(Status status, String reason, Instant since, Double callsPerSecond, Integer channels) {

    public enum Status {
        RUNNING, PAUSED, STOPPED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status byLabel(String label) {
            for (Status status : values()) {
                if (status.label().equals(label)) return status;
            }
            throw new IllegalArgumentException("not a campaign status: " + label);
        }
    }

    public static final ControlState UNTOUCHED = new ControlState(Status.RUNNING, "", null, null, null);

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    /** The calls a second in force: the override, else {@code limits}'. */
    public double callsPerSecond(CallLimits limits) {
        return callsPerSecond != null ? callsPerSecond : limits.callsPerSecond();
    }

    /** The channels in force: the override, else {@code limits}'. */
    public int channels(CallLimits limits) {
        return channels != null ? channels : limits.channels();
    }
}
