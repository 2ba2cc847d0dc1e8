package loa.campaign;

import java.time.Instant;

/**
 * One attempt handed to one launcher: call {@code number} now, as its {@code attempt}-th call
 * (1 or 2), and settle it before {@code leaseExpiry}, after which the attempt may be settled as
 * {@link CallOutcome#LOST} by anyone.
 */
public record Claim(PhoneNumber number, int attempt, Instant leaseExpiry) {
    public Claim {
        if (attempt < 1 || attempt > 2) throw new IllegalArgumentException("attempt must be 1 or 2: " + attempt);
    }
}
