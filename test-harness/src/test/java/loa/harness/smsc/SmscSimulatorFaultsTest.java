package loa.harness.smsc;

import static loa.harness.smsc.CommandStatus.ESME_RINVDSTADR;
import static loa.harness.smsc.CommandStatus.ESME_RMSGQFUL;
import static loa.harness.smsc.CommandStatus.ESME_ROK;
import static loa.harness.smsc.CommandStatus.ESME_RTHROTTLED;
import static loa.harness.smsc.CommandStatus.UNANSWERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsmpp.bean.BindType;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmscSimulatorFaultsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SUBSCRIBER = "84912345678";

    private final SmscSimulator smsc = new SmscSimulator(SmscConfig.accepting(Esme.SYSTEM_ID, Esme.PASSWORD));

    @BeforeEach
    void start() throws IOException {
        smsc.start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    /** A full bucket lets the first ten through at once; thirty can't all pass within three seconds. */
    @Test
    void submitsBeyondTheThroughputLimitAreAnsweredEsmeRthrottled() throws Exception {
        smsc.limitThroughput(10, ThrottleScope.SERVER);
        try (Esme tx = Esme.bind(smsc, BindType.BIND_TX)) {
            List<Integer> statuses = submit(tx, 30);

            assertThat(statuses.subList(0, 10)).containsOnly(ESME_ROK);
            assertThat(statuses).contains(ESME_RTHROTTLED);
            long throttled = statuses.stream().filter(s -> s == ESME_RTHROTTLED).count();
            assertThat(smsc.counters().submitResponses(ESME_RTHROTTLED)).isEqualTo(throttled);
        }
    }

    @Test
    void aPerBindLimitGivesEachBindItsOwnAllowance() throws Exception {
        smsc.limitThroughput(5, ThrottleScope.PER_BIND);
        try (Esme first = Esme.bind(smsc, BindType.BIND_TX); Esme second = Esme.bind(smsc, BindType.BIND_TX)) {
            assertThat(submit(first, 5)).containsOnly(ESME_ROK);
            assertThat(submit(second, 5)).containsOnly(ESME_ROK);
            assertThat(submit(first, 20)).contains(ESME_RTHROTTLED);
        }
    }

    @Test
    void throttleNextThrottlesExactlyTheNextSubmits() throws Exception {
        smsc.throttleNext(3);
        try (Esme tx = Esme.bind(smsc, BindType.BIND_TX)) {
            assertThat(submit(tx, 5)).containsExactly(ESME_RTHROTTLED, ESME_RTHROTTLED, ESME_RTHROTTLED, ESME_ROK, ESME_ROK);
        }
    }

    @Test
    void rejectNextWithAnswersTheChosenStatusesInTheOrderAsked() throws Exception {
        smsc.throttleNext(1).rejectNextWith(ESME_RMSGQFUL, 2).rejectNextWith(ESME_RINVDSTADR, 1);
        try (Esme tx = Esme.bind(smsc, BindType.BIND_TX)) {
            assertThat(submit(tx, 5)).containsExactly(ESME_RTHROTTLED, ESME_RMSGQFUL, ESME_RMSGQFUL, ESME_RINVDSTADR, ESME_ROK);
        }
        assertThat(smsc.counters().submitResponsesByStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ESME_RTHROTTLED", 1L, "ESME_RMSGQFUL", 2L, "ESME_RINVDSTADR", 1L, "ESME_ROK", 1L));
        assertThat(smsc.pdusTo(SUBSCRIBER)).hasSize(5).filteredOn(ReceivedPdu::accepted).hasSize(1);
        assertThat(smsc.messagesTo(SUBSCRIBER)).hasSize(1);
    }

    @Test
    void dropLinkBreaksTheClientsSessionAndANewBindWorks() throws Exception {
        try (Esme trx = Esme.bind(smsc, BindType.BIND_TRX)) {
            smsc.dropLink();

            assertThat(Eventually.holds(WAIT, () -> trx.state() == SessionState.CLOSED)).isTrue();
            assertThat(Eventually.holds(WAIT, () -> smsc.openLinks() == 0)).isTrue();
        }
        try (Esme again = Esme.bind(smsc, BindType.BIND_TRX)) {
            assertThat(again.statusOfSubmit(SUBSCRIBER, "after the break")).isEqualTo(ESME_ROK);
        }
    }

    @Test
    void stopAnsweringMakesASubmitTimeOutAndResumeAnsweringRestoresIt() throws Exception {
        try (Esme tx = Esme.bind(smsc, BindType.BIND_TX)) {
            smsc.stopAnswering();
            assertThatThrownBy(() -> tx.statusOfSubmit(SUBSCRIBER, "into the void")).isInstanceOf(ResponseTimeoutException.class);

            smsc.resumeAnswering();
            assertThat(tx.statusOfSubmit(SUBSCRIBER, "heard again")).isEqualTo(ESME_ROK);
        }
        assertThat(smsc.pdusTo(SUBSCRIBER)).extracting(ReceivedPdu::commandStatus).containsExactly(UNANSWERED, ESME_ROK);
        assertThat(smsc.messagesTo(SUBSCRIBER)).extracting(ReceivedMessage::text).containsExactly("heard again");
        assertThat(smsc.counters().responsesWithheld()).isOne();
    }

    @Test
    void enquireLinkIsAnsweredWhileAnsweringAndNotAfterStopAnswering() throws Exception {
        try (Esme trx = Esme.bind(smsc, BindType.BIND_TRX, Duration.ofMillis(100))) {
            assertThat(Eventually.holds(WAIT, () -> smsc.counters().enquireLinksAnswered() >= 3)).isTrue();
            assertThat(trx.state()).isEqualTo(SessionState.BOUND_TRX);

            smsc.stopAnswering();

            assertThat(Eventually.holds(WAIT, () -> trx.state() == SessionState.CLOSED)).isTrue();
        }
    }

    private List<Integer> submit(Esme esme, int count) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            statuses.add(esme.statusOfSubmit(SUBSCRIBER, "message " + n));
        }
        return statuses;
    }
}
