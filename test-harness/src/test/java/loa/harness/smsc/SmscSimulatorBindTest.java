package loa.harness.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;

import org.jsmpp.bean.BindType;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmscSimulatorBindTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final SmscSimulator smsc = new SmscSimulator(SmscConfig.accepting(Esme.SYSTEM_ID, Esme.PASSWORD));

    @BeforeEach
    void start() throws IOException {
        smsc.start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void transmitterReceiverAndTransceiverWithTheRightCredentialsAreBound() throws Exception {
        try (Esme tx = Esme.bind(smsc, BindType.BIND_TX);
             Esme rx = Esme.bind(smsc, BindType.BIND_RX);
             Esme trx = Esme.bind(smsc, BindType.BIND_TRX)) {
            assertThat(tx.state()).isEqualTo(SessionState.BOUND_TX);
            assertThat(rx.state()).isEqualTo(SessionState.BOUND_RX);
            assertThat(trx.state()).isEqualTo(SessionState.BOUND_TRX);
            assertThat(smsc.counters().bindsAccepted()).isEqualTo(3);
            assertThat(smsc.openLinks()).isEqualTo(3);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithEsmeRinvpaswdAndTheLinkClosed() throws Exception {
        assertThatThrownBy(() -> Esme.bind(smsc, BindType.BIND_TRX, Esme.SYSTEM_ID, "wrong"))
                .isInstanceOf(IOException.class)
                .cause().isInstanceOfSatisfying(NegativeResponseException.class,
                        refused -> assertThat(refused.getCommandStatus()).isEqualTo(CommandStatus.ESME_RINVPASWD));
        assertThat(smsc.counters().bindsRejected()).isEqualTo(1);
        assertThat(Eventually.holds(WAIT, () -> smsc.openLinks() == 0)).isTrue();
    }

    @Test
    void everyBindIsKeptWithItsSystemTypeAndAnswer() throws Exception {
        try (Esme trx = Esme.bindWithSystemType(smsc, BindType.BIND_TRX, "VMA")) {
            assertThatThrownBy(() -> Esme.bind(smsc, BindType.BIND_TX, Esme.SYSTEM_ID, "wrong")).isInstanceOf(IOException.class);

            assertThat(smsc.binds()).containsExactly(
                    new ReceivedBind(Esme.SYSTEM_ID, "VMA", BindType.BIND_TRX, CommandStatus.ESME_ROK),
                    new ReceivedBind(Esme.SYSTEM_ID, "", BindType.BIND_TX, CommandStatus.ESME_RINVPASWD));
            assertThat(smsc.binds().get(1).toString()).doesNotContain("wrong");
        }
    }

    @Test
    void anUnknownSystemIdIsRefusedWithEsmeRinvsysid() {
        assertThatThrownBy(() -> Esme.bind(smsc, BindType.BIND_TX, "stranger", Esme.PASSWORD))
                .cause().isInstanceOfSatisfying(NegativeResponseException.class,
                        refused -> assertThat(refused.getCommandStatus()).isEqualTo(CommandStatus.ESME_RINVSYSID));
    }

    @Test
    void stopClosesEveryLinkAndCanBeCalledTwice() throws Exception {
        try (Esme trx = Esme.bind(smsc, BindType.BIND_TRX)) {
            smsc.stop();
            smsc.stop();
            assertThat(Eventually.holds(WAIT, () -> trx.state() == SessionState.CLOSED)).isTrue();
            assertThat(smsc.openLinks()).isZero();
        }
    }
}
