package loa.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "84912345678", "0084912345678", "912345678",
        "091 234 5678", "+84 (91) 234-5678", "84.912.345.678", " 0912345678 "})
    void everySpellingOfOneSubscriberIsTheSameNumber(String spelling) {
        assertThat(PhoneNumber.parseOrNull(spelling)).isEqualTo(new PhoneNumber(912345678));
        assertThat(PhoneNumber.parse(spelling).msisdn()).isEqualTo("84912345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "0241234567", "84241234567", "0612345678", "0112345678", "091234567",
        "09123456789", "+0912345678", "+849123456789", "8491234567", "0912345678x", "++84912345678",
        "1184912345678", "0184912345678", "abc", "0912345678 9"})
    void anythingElseIsNotAVietnameseMobileNumber(String raw) {
        assertThat(PhoneNumber.parseOrNull(raw)).isNull();
    }

    @Test
    void everyMobileFirstDigitIsAccepted() {
        for (String first : new String[] {"3", "5", "7", "8", "9"}) {
            assertThat(PhoneNumber.parseOrNull("0" + first + "12345678")).isNotNull();
        }
    }

    @Test
    void logsSeeOnlyTheEndsOfANumber() {
        assertThat(PhoneNumber.parse("0912345678").masked()).isEqualTo("84912***678");
        assertThat(PhoneNumber.parse("0912345678").toString()).doesNotContain("2345");
    }

    @Test
    void indicesAreDenseAndDistinctAcrossFirstDigits() {
        assertThat(PhoneNumber.parse("0300000000").index()).isZero();
        assertThat(PhoneNumber.parse("0399999999").index()).isEqualTo(99_999_999);
        assertThat(PhoneNumber.parse("0500000000").index()).isEqualTo(100_000_000);
        assertThat(PhoneNumber.parse("0700000000").index()).isEqualTo(200_000_000);
        assertThat(PhoneNumber.parse("0999999999").index()).isEqualTo(PhoneNumber.INDEX_SPACE - 1);
    }

    @Test
    void anIndexGivesBackItsNumber() {
        for (String raw : new String[] {"0300000000", "0399999999", "0500000000", "0701234567", "0812345678", "0999999999"}) {
            PhoneNumber number = PhoneNumber.parse(raw);
            assertThat(PhoneNumber.ofIndex(number.index())).isEqualTo(number);
        }
    }
}
