package loa.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class AudienceFieldTest {

    @Test
    void yesAndNoHaveTheSpellingsBiToolsWrite() {
        for (String yes : new String[] {"yes", "Y", "TRUE", "t", "1", "x", "Có", "co", " yes "}) {
            assertThat(AudienceField.VIP.canonical(yes)).as(yes).isEqualTo("yes");
        }
        for (String no : new String[] {"no", "N", "false", "F", "0", "Không", "khong"}) {
            assertThat(AudienceField.VIP.canonical(no)).as(no).isEqualTo("no");
        }
        assertThat(AudienceField.VIP.canonical("maybe")).isNull();
    }

    @Test
    void anEmptyYesOrNoIsNoAnswerAtAll() {
        assertThat(AudienceField.VIP.canonical("")).isNull();
        assertThat(AudienceField.VIP.canonical("  ")).isNull();
    }

    @Test
    void tiersAreReadInEnglishAndVietnamese() {
        assertThat(AudienceField.LOYALTY_TIER.canonical("Kim Cương")).isEqualTo("diamond");
        assertThat(AudienceField.LOYALTY_TIER.canonical("kim cuong")).isEqualTo("diamond");
        assertThat(AudienceField.LOYALTY_TIER.canonical("VÀNG")).isEqualTo("gold");
        assertThat(AudienceField.LOYALTY_TIER.canonical("Titan")).isEqualTo("titanium");
        assertThat(AudienceField.LOYALTY_TIER.canonical("")).isEqualTo("none");
        assertThat(AudienceField.LOYALTY_TIER.canonical("platinum")).isNull();
    }

    @Test
    void decomposedVietnameseMatchesComposed() {
        String decomposed = Normalizer.normalize("vàng", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("vàng");
        assertThat(AudienceField.LOYALTY_TIER.canonical(decomposed)).isEqualTo("gold");
    }

    @Test
    void subscriberTypesCompareWithoutCaseSpacesOrDashes() {
        assertThat(AudienceField.SUBSCRIBER_TYPE.canonical("Fast Connect"))
                .isEqualTo(AudienceField.SUBSCRIBER_TYPE.canonical("fastconnect"))
                .isEqualTo(AudienceField.SUBSCRIBER_TYPE.canonical("FAST_CONNECT"));
    }
}
