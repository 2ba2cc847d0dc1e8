package loa.audience;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a made-up audience file, the same for the same seed, shaped like a BI export: a
 * byte-order mark, CRLF, mixed spellings of numbers, yes/no and tiers, quoted provinces. About
 * one line in ten is excluded by each of the six Bluezone rules, one in a hundred repeats an
 * earlier number and a few in a thousand are invalid. Numbers are MobiFone's prefixes and
 * unique by construction (a bijection of the line's index), so duplicates are only the planted ones.
 */
public final class SampleAudience {
    private static final int[] PREFIXES = {90, 93, 89, 70, 76, 77, 78, 79};
    private static final int MULTIPLIER = 7_919; // prime, so i -> i * MULTIPLIER mod 10^7 is one-to-one
    private static final int SPACE = 10_000_000;
    private static final String[] PROVINCES = {"Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ",
        "Thừa Thiên Huế", "Khánh Hòa", "Lâm Đồng", "Nghệ An", "Quảng Ninh", "Bình Dương", "Đồng Nai"};
    private static final String[] YES = {"yes", "Y", "1", "TRUE", "có"};
    private static final String[] NO = {"no", "N", "0", "FALSE", "không"};
    private static final String[] TIERS = {"", "member", "silver", "Titan", "bạc"};

    private final SplittableRandom random;
    private final int offset;

    public SampleAudience(long seed) {
        this.random = new SplittableRandom(seed);
        this.offset = (int) Math.floorMod(seed * 1_000_003L, SPACE);
    }

    /** Writes a header and {@code lines} lines to {@code file}. */
    public void write(Path file, long lines) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            line(out, "msisdn,smartphone,bluezone_installed,subscriber_type,vip,business_contact,loyalty_tier,province");
            long unique = 0;
            for (long i = 0; i < lines; i++) {
                int roll = random.nextInt(1000);
                if (roll < 3) line(out, invalidLine(roll));
                else if (roll < 13 && unique > 0) line(out, subscriberLine(random.nextLong(unique), 1000));
                else line(out, subscriberLine(unique++, random.nextInt(1000)));
            }
        }
    }

    /** The national number of the {@code n}-th distinct subscriber. */
    private long national(long n) {
        int prefix = PREFIXES[(int) (n % PREFIXES.length)];
        long rest = Math.floorMod((n / PREFIXES.length) * MULTIPLIER + offset, (long) SPACE);
        return prefix * (long) SPACE + rest;
    }

    private String subscriberLine(long n, int kind) {
        String[] cells = {number(national(n)), pick(YES), pick(NO), random.nextBoolean() ? "prepaid" : "postpaid",
            pick(NO), pick(NO), pick(TIERS), province()};
        int rule = kind / 100; // 0..5: one of the six rules excludes; 6..9: eligible
        switch (rule) {
            case 0 -> cells[1] = pick(NO);
            case 1 -> cells[2] = pick(YES);
            case 2 -> cells[3] = random.nextBoolean() ? "MDT" : "Fast Connect";
            case 3 -> cells[4] = pick(YES);
            case 4 -> cells[5] = pick(YES);
            case 5 -> cells[6] = random.nextBoolean() ? "gold" : "Kim cương";
            default -> { }
        }
        return String.join(",", cells);
    }

    private String invalidLine(int roll) {
        return switch (roll) {
            case 0 -> "0241234567,yes,no,prepaid,no,no,,Hà Nội";        // a landline
            case 1 -> "0901234567,maybe,no,prepaid,no,no,,Hà Nội";      // not yes or no
            default -> "0901234567,yes,no,prepaid,no";                  // too few fields
        };
    }

    private String number(long national) {
        return switch (random.nextInt(4)) {
            case 0 -> "0" + national;
            case 1 -> "+84" + national;
            default -> "84" + national;
        };
    }

    private String province() {
        String name = PROVINCES[random.nextInt(PROVINCES.length)];
        return random.nextInt(10) == 0 ? "\"" + name + ", Việt Nam\"" : name;
    }

    private String pick(String[] spellings) {
        return spellings[random.nextInt(spellings.length)];
    }

    private static void line(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.write('\r');
        out.write('\n');
    }
}
