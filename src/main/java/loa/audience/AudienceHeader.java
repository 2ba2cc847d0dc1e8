package loa.audience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import loa.campaign.AudienceField;
import loa.campaign.AudienceRow;
import loa.campaign.PhoneNumber;

/**
 * The audience file's header row: which column holds what. Columns are found by name, in any
 * order; names are compared without case, with spaces and dashes read as underscores. Columns
 * loa does not use are ignored.
 */
final class AudienceHeader {
    static final String MSISDN = "msisdn";
    static final String PROVINCE = "province";

    private final int width;
    private final int msisdn;
    private final int province;
    private final int[] fieldColumns = new int[AudienceField.values().length];

    private AudienceHeader(Map<String, Integer> columns, int width) {
        this.width = width;
        this.msisdn = columns.get(MSISDN);
        this.province = columns.getOrDefault(PROVINCE, -1);
        for (AudienceField field : AudienceField.values()) {
            fieldColumns[field.ordinal()] = columns.getOrDefault(field.column(), -1);
        }
    }

    static AudienceHeader read(CsvLines csv, Set<AudienceField> needed) throws AudienceFormatException {
        if (csv.problem() != null) throw new AudienceFormatException("line 1: the header row: " + csv.problem());
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < csv.fieldCount(); i++) {
            String name = csv.field(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!name.isEmpty() && columns.put(name, i) != null) {
                throw new AudienceFormatException("line 1: the header names the column '" + name + "' twice");
            }
        }
        List<String> missing = new ArrayList<>();
        if (!columns.containsKey(MSISDN)) missing.add(MSISDN);
        needed.forEach(field -> {
            if (!columns.containsKey(field.column())) missing.add(field.column());
        });
        if (!missing.isEmpty()) {
            throw new AudienceFormatException("line 1: the header has no column " + String.join(", ", missing)
                    + " (the campaign's rules need it); the columns found are " + columns.keySet());
        }
        return new AudienceHeader(columns, csv.fieldCount());
    }

    /** The subscriber on the current line; throws with the reason when the line is not valid. */
    AudienceRow row(CsvLines csv) throws InvalidLine {
        if (csv.problem() != null) throw new InvalidLine(csv.problem());
        if (csv.fieldCount() != width) {
            throw new InvalidLine(csv.fieldCount() + " fields where the header has " + width);
        }
        String rawNumber = csv.field(msisdn);
        PhoneNumber number = PhoneNumber.parseOrNull(rawNumber);
        if (number == null) throw new InvalidLine("msisdn: " + describe(PhoneNumber.mask(rawNumber)) + " is not a Vietnamese mobile number");
        String[] values = new String[fieldColumns.length];
        for (AudienceField field : AudienceField.values()) {
            values[field.ordinal()] = value(csv, field);
        }
        return new AudienceRow(number, values, province < 0 ? "" : csv.field(province).strip());
    }

    /** The number on a line that is otherwise unreadable, when it has one. */
    PhoneNumber numberOrNull(CsvLines csv) {
        return csv.problem() == null && csv.fieldCount() > msisdn ? PhoneNumber.parseOrNull(csv.field(msisdn)) : null;
    }

    private String value(CsvLines csv, AudienceField field) throws InvalidLine {
        int column = fieldColumns[field.ordinal()];
        if (column < 0) return null;
        String raw = csv.field(column);
        String canonical = field.canonical(raw);
        if (canonical == null) {
            throw new InvalidLine(field.column() + ": " + describe(raw) + " is not one of " + field.accepted());
        }
        return canonical;
    }

    private static String describe(String raw) {
        if (raw.isBlank()) return "an empty value";
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return "'" + shown + "'";
    }

    /** Why a line of the audience file was not imported. */
    static final class InvalidLine extends Exception {
        InvalidLine(String reason) {
            super(reason, null, false, false);
        }
    }
}
