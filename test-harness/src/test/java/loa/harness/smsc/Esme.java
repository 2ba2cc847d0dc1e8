package loa.harness.smsc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/**
 * A plain jSMPP client for the tests, sending as loa does: from MOBIFONE.AI (alphanumeric,
 * TON 5 NPI 0) to an international number (TON 1 NPI 1). Keeps the deliver_sm it receives.
 */
final class Esme implements AutoCloseable {
    static final String SENDER = "MOBIFONE.AI";
    static final String SYSTEM_ID = "loa";
    static final String PASSWORD = "secret";
    static final Duration TRANSACTION_TIMER = Duration.ofMillis(700);
    private static final long BIND_TIMEOUT_MS = 5_000;
    /** Longer than any test: no enquire_link unless a test asks for them. */
    private static final Duration QUIET_LINK = Duration.ofMinutes(1);

    private final SMPPSession session = new SMPPSession();
    private final BlockingQueue<DeliverSm> delivered = new LinkedBlockingQueue<>();

    private Esme(Duration enquireLinkEvery) {
        session.setEnquireLinkTimer((int) enquireLinkEvery.toMillis());
        session.setTransactionTimer(TRANSACTION_TIMER.toMillis());
        session.setMessageReceiverListener(new Receiver());
    }

    static Esme bind(SmscSimulator smsc, BindType type) throws IOException {
        return bind(smsc, type, SYSTEM_ID, PASSWORD);
    }

    static Esme bind(SmscSimulator smsc, BindType type, String systemId, String password) throws IOException {
        return bind(smsc, type, systemId, password, "", QUIET_LINK);
    }

    /** A client that gives {@code systemType} in its bind. */
    static Esme bindWithSystemType(SmscSimulator smsc, BindType type, String systemType) throws IOException {
        return bind(smsc, type, SYSTEM_ID, PASSWORD, systemType, QUIET_LINK);
    }

    /** A client that sends enquire_link whenever the link was idle for {@code enquireLinkEvery}. */
    static Esme bind(SmscSimulator smsc, BindType type, Duration enquireLinkEvery) throws IOException {
        return bind(smsc, type, SYSTEM_ID, PASSWORD, "", enquireLinkEvery);
    }

    /** A client of an SMSC running in another process (bench/sms binds the harness's this way). */
    static Esme bind(String host, int port, BindType type, String systemId, String password) throws IOException {
        return bind(host, port, type, systemId, password, "", QUIET_LINK);
    }

    private static Esme bind(SmscSimulator smsc, BindType type, String systemId, String password, String systemType,
                             Duration enquireLinkEvery) throws IOException {
        return bind(smsc.host(), smsc.port(), type, systemId, password, systemType, enquireLinkEvery);
    }

    private static Esme bind(String host, int port, BindType type, String systemId, String password, String systemType,
                             Duration enquireLinkEvery) throws IOException {
        Esme esme = new Esme(enquireLinkEvery);
        esme.session.connectAndBind(host, port, new BindParameter(type, systemId, password, systemType,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, ""), BIND_TIMEOUT_MS);
        return esme;
    }

    /** Submits and returns the message_id; a refusal throws NegativeResponseException. */
    String submit(String destination, int esmClass, int dataCoding, int registeredDelivery, byte[] shortMessage,
                  OptionalParameter... tlvs) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, SENDER,
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination, new ESMClass(esmClass),
                (byte) 0, (byte) 1, null, null, new RegisteredDelivery(registeredDelivery), (byte) 0,
                DataCodings.newInstance((byte) dataCoding), (byte) 0, shortMessage, tlvs).getMessageId();
    }

    /** A one-segment Latin-1 submit without a receipt; returns its command_status (0 = ESME_ROK). */
    int statusOfSubmit(String destination, String text) throws Exception {
        try {
            submit(destination, 0, TextDecoder.LATIN_1, 0, text.getBytes(StandardCharsets.ISO_8859_1));
            return CommandStatus.ESME_ROK;
        } catch (NegativeResponseException refused) {
            return refused.getCommandStatus();
        }
    }

    DeliverSm awaitDeliverSm(Duration timeout) throws InterruptedException {
        return delivered.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    SessionState state() {
        return session.getSessionState();
    }

    @Override
    public void close() {
        session.unbindAndClose();
    }

    private final class Receiver implements MessageReceiverListener {
        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            delivered.add(deliverSm);
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
