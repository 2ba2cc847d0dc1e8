package loa.campaign;

import java.time.Duration;

/**
 * What one campaign may ask of the operator's network: simultaneous channels, new calls a
 * second, how long a subscriber's phone rings, and the longest a call may last.
 */
public record CallLimits(int channels, double callsPerSecond, Duration ringTimeout, Duration maxCallDuration) {
}
