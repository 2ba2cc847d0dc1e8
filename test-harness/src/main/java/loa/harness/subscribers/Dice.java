package loa.harness.subscribers;

import java.nio.charset.StandardCharsets;

/**
 * Numbers in [0, 1) that depend only on the seed, the subscriber's number, the attempt and which
 * draw it is: FNV-1a over the text, then SplitMix64's finaliser per draw. Same inputs, same
 * numbers, on any JVM.
 */
final class Dice {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final long base;

    Dice(long seed, String number, int attempt) {
        this.base = fnv1a(seed + ":" + number + ":" + attempt);
    }

    /** The {@code draw}-th number of this subscriber and attempt. */
    double roll(int draw) {
        return (mix(base + GOLDEN_GAMMA * (draw + 1)) >>> 11) * 0x1.0p-53;
    }

    private static long fnv1a(String text) {
        long hash = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * FNV_PRIME;
        }
        return hash;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
