package loa.campaign;

/**
 * A Vietnamese mobile number, normalised: {@code 84} followed by nine digits, the first of
 * them 3, 5, 7, 8 or 9. {@code 0912…}, {@code +84912…}, {@code 0084912…}, {@code 84912…}
 * and the bare national {@code 912…} (a spreadsheet that dropped the leading zero) are the
 * same subscriber. Spaces, dots, dashes and brackets between the digits are ignored.
 */
public record PhoneNumber(int national) {
    /** How many numbers {@link #index()} spans. */
    public static final int INDEX_SPACE = 500_000_000;

    public PhoneNumber {
        if (!isNational(national)) {
            throw new IllegalArgumentException("not a Vietnamese mobile number: " + national);
        }
    }

    /** The number, or null when {@code raw} is not a Vietnamese mobile number. */
    public static PhoneNumber parseOrNull(CharSequence raw) {
        long digits = 0;
        int count = 0;
        boolean plus = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 13) return null;
                digits = digits * 10 + (c - '0');
            } else if (c == '+' && count == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        long national = nationalPart(digits, count, plus);
        return national >= 0 && isNational(national) ? new PhoneNumber((int) national) : null;
    }

    public static PhoneNumber parse(CharSequence raw) {
        PhoneNumber number = parseOrNull(raw);
        if (number == null) throw new IllegalArgumentException("not a Vietnamese mobile number: " + raw);
        return number;
    }

    private static long nationalPart(long digits, int count, boolean plus) {
        long tenDigits = 1_000_000_000L;
        if (plus) return count == 11 && digits / tenDigits == 84 ? digits % tenDigits : -1;
        switch (count) {
            case 9: return digits;                                              // 912345678
            case 10: return digits / tenDigits == 0 ? digits : -1;              // 0912345678
            case 11: return digits / tenDigits == 84 ? digits % tenDigits : -1; // 84912345678
            case 13: return digits / tenDigits == 84 ? digits % tenDigits : -1; // 0084912345678
            default: return -1;
        }
    }

    private static boolean isNational(long n) {
        long first = n / 100_000_000L;
        return n >= 0 && n < 1_000_000_000L
                && (first == 3 || first == 5 || first == 7 || first == 8 || first == 9);
    }

    /** Position in a dense numbering of every valid number, for bit sets: 0 ≤ index < {@link #INDEX_SPACE}. */
    public int index() {
        int first = national / 100_000_000;
        int slot = first == 3 ? 0 : first == 5 ? 1 : first - 5;
        return slot * 100_000_000 + national % 100_000_000;
    }

    /** The number at {@code index} of {@link #index()}'s numbering. */
    public static PhoneNumber ofIndex(int index) {
        int slot = index / 100_000_000;
        int first = slot == 0 ? 3 : slot == 1 ? 5 : slot + 5;
        return new PhoneNumber(first * 100_000_000 + index % 100_000_000);
    }

    /** {@code 84} and the national number: the form the operator's network dials. */
    public String msisdn() {
        return "84" + national;
    }

    /** For logs: {@code 84912***678}. */
    public String masked() {
        return mask(msisdn());
    }

    /** Any text that may be a phone number, for logs and reports: only its ends are kept. */
    public static String mask(String raw) {
        String s = raw.strip();
        if (s.length() <= 6) return "***";
        int kept = Math.min(5, s.length() - 6);
        return s.substring(0, kept) + "***" + s.substring(s.length() - 3);
    }

    @Override
    public String toString() {
        return masked();
    }
}
