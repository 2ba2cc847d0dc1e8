import java.util.Locale;

/**
 * One measurement of bench/sms: how many SMS of how many segments went in how long, and how many
 * did not go. Printed as one line of numbers for run.sh: SMS/s, submit_sm/s, seconds, not submitted.
 */
record Figures(int sms, int segmentsEach, long nanos, int notSubmitted) {
    double smsPerSecond() {
        return sms * 1e9 / nanos;
    }

    double submitsPerSecond() {
        return smsPerSecond() * segmentsEach;
    }

    String line() {
        return String.format(Locale.ROOT, "%.0f %.0f %.2f %d", smsPerSecond(), submitsPerSecond(), nanos / 1e9, notSubmitted);
    }
}
