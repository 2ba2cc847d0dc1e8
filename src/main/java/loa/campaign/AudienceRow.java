package loa.campaign;

/**
 * One subscriber as the audience file describes them, every value already canonical.
 * {@code values} is indexed by {@link AudienceField#ordinal()}; a column the file lacks is null.
 */
public record AudienceRow(PhoneNumber number, String[] values, String province) {
    public String value(AudienceField field) {
        return values[field.ordinal()];
    }
}
