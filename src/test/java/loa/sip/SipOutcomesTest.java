package loa.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import loa.campaign.CallOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every final status the table decides on purpose, and a sample of each class it decides by default. */
class SipOutcomesTest {

    @ParameterizedTest(name = "{0} means {1}")
    @CsvSource({
        "200, ANSWERED", "202, ANSWERED",
        "486, BUSY", "600, BUSY", "603, BUSY",
        "487, NO_ANSWER",
        "408, UNREACHABLE", "480, UNREACHABLE",
        "404, INVALID_NUMBER", "410, INVALID_NUMBER", "484, INVALID_NUMBER", "604, INVALID_NUMBER",
        "500, FAILED", "502, FAILED", "503, FAILED", "504, FAILED", "580, FAILED",
        "400, FAILED", "401, FAILED", "403, REJECTED", "407, FAILED", "415, FAILED", "488, FAILED",
        "300, FAILED", "301, FAILED", "302, FAILED",
        "606, FAILED", "607, REJECTED", "608, REJECTED"
    })
    void eachFinalStatusMeansOneOutcome(int status, CallOutcome outcome) {
        assertThat(SipOutcomes.of(status)).isEqualTo(outcome);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 180, 183, 199, 700, 0})
    void aProvisionalOrImpossibleStatusIsNoOutcome(int status) {
        assertThatThrownBy(() -> SipOutcomes.of(status)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} with Q.850 cause {1}: congestion {2}")
    @CsvSource({
        "503, 0, true", "503, 42, true",
        "480, 34, true", "480, 42, true", "480, 47, true", "480, 0, false", "480, 18, false",
        "486, 0, false", "486, 17, false", "408, 0, false", "500, 0, false", "487, 0, false"
    })
    void onlyServiceUnavailableAndCongestedUnavailabilitySlowThePacer(int status, int cause, boolean congestion) {
        assertThat(SipOutcomes.isCongestion(status, cause)).isEqualTo(congestion);
        assertThat(SipOutcomes.isCongestion(status)).isEqualTo(status == 503);
    }
}
