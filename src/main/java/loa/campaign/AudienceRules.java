package loa.campaign;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The campaign's audience rules, applied in order: the first rule that matches excludes. */
public record AudienceRules(List<ExclusionRule> rules) {
    public AudienceRules {
        rules = List.copyOf(rules);
    }

    /** The rule that excludes {@code row}, or null when the subscriber may be called. */
    public ExclusionRule exclusionOf(AudienceRow row) {
        for (ExclusionRule rule : rules) {
            if (rule.excludes(row)) return rule;
        }
        return null;
    }

    /** The columns an audience file must have for these rules to be applied. */
    public Set<AudienceField> fieldsUsed() {
        Set<AudienceField> fields = EnumSet.noneOf(AudienceField.class);
        rules.forEach(rule -> fields.add(rule.field()));
        return fields;
    }
}
