package loa.harness.subscribers;

/** Checks shares and weights, naming the field that is wrong. */
final class Shares {
    private static final double TOLERANCE = 1e-9;

    private Shares() {
    }

    /** Fractions that must add up to one. */
    static void check(String field, double... shares) {
        double sum = 0;
        for (double share : shares) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException(field + ": a share of " + share + " is not within 0..1");
            }
            sum += share;
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException(field + ": shares add up to " + sum + ", not 1");
        }
    }

    /** Non-negative weights, not all zero; returns their sum. */
    static double weights(String field, double... weights) {
        double sum = 0;
        for (double weight : weights) {
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException(field + ": a weight of " + weight + " is negative");
            }
            sum += weight;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException(field + ": the weights add up to nothing");
        }
        return sum;
    }
}
