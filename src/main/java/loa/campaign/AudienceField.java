package loa.campaign;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The audience file's columns that campaign rules may look at, and the spellings each
 * accepts. Every value is reduced to one canonical spelling, so a rule written as
 * {@code vip: yes} matches a cell holding {@code Y}, {@code TRUE}, {@code 1} or {@code có}.
 * An empty yes/no cell is no answer at all: the line is invalid rather than a VIP called.
 */
public enum AudienceField {
    SMARTPHONE("smartphone", Kind.YES_NO),
    BLUEZONE_INSTALLED("bluezone_installed", Kind.YES_NO),
    SUBSCRIBER_TYPE("subscriber_type", Kind.TEXT),
    VIP("vip", Kind.YES_NO),
    BUSINESS_CONTACT("business_contact", Kind.YES_NO),
    LOYALTY_TIER("loyalty_tier", Kind.TIER);

    public enum Kind { YES_NO, TIER, TEXT }

    public static final String YES = "yes";
    public static final String NO = "no";

    private static final Map<String, String> YES_NO_SPELLINGS = Map.ofEntries(
            Map.entry("yes", YES), Map.entry("y", YES), Map.entry("true", YES), Map.entry("t", YES),
            Map.entry("1", YES), Map.entry("x", YES), Map.entry("có", YES), Map.entry("co", YES),
            Map.entry("no", NO), Map.entry("n", NO), Map.entry("false", NO), Map.entry("f", NO),
            Map.entry("0", NO), Map.entry("không", NO), Map.entry("khong", NO));

    private static final Map<String, String> TIER_SPELLINGS = Map.ofEntries(
            Map.entry("", "none"), Map.entry("none", "none"), Map.entry("-", "none"),
            Map.entry("không", "none"), Map.entry("khong", "none"),
            Map.entry("member", "member"), Map.entry("standard", "member"),
            Map.entry("thân thiết", "member"), Map.entry("than thiet", "member"),
            Map.entry("silver", "silver"), Map.entry("bạc", "silver"), Map.entry("bac", "silver"),
            Map.entry("titanium", "titanium"), Map.entry("titan", "titanium"),
            Map.entry("gold", "gold"), Map.entry("vàng", "gold"), Map.entry("vang", "gold"),
            Map.entry("diamond", "diamond"), Map.entry("kim cương", "diamond"),
            Map.entry("kim cuong", "diamond"), Map.entry("kimcuong", "diamond"));

    private final String column;
    private final Kind kind;

    AudienceField(String column, Kind kind) {
        this.column = column;
        this.kind = kind;
    }

    /** The column's name in the audience file's header row. */
    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    public static AudienceField byColumn(String column) {
        for (AudienceField field : values()) {
            if (field.column.equals(column)) return field;
        }
        return null;
    }

    /** The canonical spelling of {@code raw}, or null when this column does not accept it. */
    public String canonical(String raw) {
        String key = fold(raw);
        switch (kind) {
            case YES_NO: return YES_NO_SPELLINGS.get(key);
            case TIER: return TIER_SPELLINGS.get(key);
            default: return key.replace(" ", "").replace("_", "").replace("-", "");
        }
    }

    /** What this column accepts, for error messages and the README. */
    public String accepted() {
        switch (kind) {
            case YES_NO: return "yes/y/true/t/1/x/có/co or no/n/false/f/0/không/khong";
            case TIER: return "diamond (kim cương), gold (vàng), titanium (titan), silver (bạc), "
                    + "member (standard, thân thiết) or none (empty, -, không)";
            default: return "any text (compared without case, spaces, '-' or '_')";
        }
    }

    private static String fold(String raw) {
        String trimmed = raw.strip();
        boolean ascii = trimmed.chars().allMatch(c -> c < 128);
        String composed = ascii ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
        return composed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
