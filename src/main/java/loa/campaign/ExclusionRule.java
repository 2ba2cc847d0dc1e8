package loa.campaign;

import java.util.Set;

/**
 * One of a campaign's audience rules: subscribers whose {@code field} holds one of
 * {@code values} (canonical spellings, see {@link AudienceField#canonical}) are not called,
 * and are counted under {@code name}.
 */
public record ExclusionRule(String name, AudienceField field, Set<String> values) {
    public ExclusionRule {
        values = Set.copyOf(values);
    }

    public boolean excludes(AudienceRow row) {
        return values.contains(row.value(field));
    }
}
