package loa.sms;

import static loa.sms.SmppErrors.Action.GIVE_UP;
import static loa.sms.SmppErrors.Action.RETRY;
import static loa.sms.SmppErrors.Action.SLOW_DOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmppErrorsTest {

    @Test
    void overloadSlowsDownPassingFaultsAreRetriedAndEverythingElseIsFinal() {
        assertThat(SmppErrors.actionFor(0x58)).as("ESME_RTHROTTLED").isEqualTo(SLOW_DOWN);
        assertThat(SmppErrors.actionFor(0x14)).as("ESME_RMSGQFUL").isEqualTo(SLOW_DOWN);
        assertThat(SmppErrors.actionFor(0x08)).as("ESME_RSYSERR").isEqualTo(RETRY);
        assertThat(SmppErrors.actionFor(0x64)).as("ESME_RX_T_APPN").isEqualTo(RETRY);
        assertThat(SmppErrors.actionFor(0x45)).as("ESME_RSUBMITFAIL").isEqualTo(RETRY);
        assertThat(SmppErrors.actionFor(0x04)).as("ESME_RINVBNDSTS").isEqualTo(RETRY);
        assertThat(SmppErrors.actionFor(0x0B)).as("ESME_RINVDSTADR").isEqualTo(GIVE_UP);
        assertThat(SmppErrors.actionFor(0x0A)).as("ESME_RINVSRCADR").isEqualTo(GIVE_UP);
        assertThat(SmppErrors.actionFor(0x01)).as("ESME_RINVMSGLEN").isEqualTo(GIVE_UP);
        assertThat(SmppErrors.actionFor(0x66)).as("ESME_RX_R_APPN").isEqualTo(GIVE_UP);
        assertThat(SmppErrors.actionFor(0x401)).as("a vendor's own code").isEqualTo(GIVE_UP);
    }

    @Test
    void aStatusIsNamedWithItsValueAndAnUnknownOneByItsValue() {
        assertThat(SmppErrors.describe(0x0B)).isEqualTo("ESME_RINVDSTADR 0x0000000B");
        assertThat(SmppErrors.describe(0x58)).isEqualTo("ESME_RTHROTTLED 0x00000058");
        assertThat(SmppErrors.describe(0x401)).isEqualTo("0x00000401");
    }
}
