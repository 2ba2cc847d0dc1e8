package loa.harness.smsc;

import java.io.IOException;
import java.io.OutputStream;

import org.jsmpp.DefaultPDUSender;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.OptionalParameter;

/**
 * jSMPP's PDU writer with a gate on every response: shut while the simulator is told to stop
 * answering, so the peer sees a live TCP link that reads but never replies. Also where
 * responses are counted: here it is certain that one goes onto the wire. Counted just before
 * the write, so a client holding the response always finds it counted.
 */
final class ResponseGate extends DefaultPDUSender {
    private static final byte[] NOTHING = new byte[0];

    private final Faults faults;
    private final SmscCounters counters;

    ResponseGate(Faults faults, SmscCounters counters) {
        this.faults = faults;
        this.counters = counters;
    }

    /** jSMPP writes every negative response, the submit_sm_resp ones included, as a bare header. */
    @Override
    public byte[] sendHeader(OutputStream os, int commandId, int commandStatus, int sequenceNumber) throws IOException {
        boolean response = (commandId & SMPPConstant.MASK_CID_RESP) != 0;
        if (response && (commandStatus == CommandStatus.UNANSWERED || !faults.answering())) {
            return withheld();
        }
        if (commandId == SMPPConstant.CID_SUBMIT_SM_RESP) {
            counters.submitAnswered(commandStatus);
        }
        return super.sendHeader(os, commandId, commandStatus, sequenceNumber);
    }

    @Override
    public byte[] sendSubmitSmResp(OutputStream os, int sequenceNumber, String messageId,
                                   OptionalParameter... optionalParameters) throws PDUStringException, IOException {
        if (!faults.answering()) {
            return withheld();
        }
        counters.submitAnswered(CommandStatus.ESME_ROK);
        return super.sendSubmitSmResp(os, sequenceNumber, messageId, optionalParameters);
    }

    @Override
    public byte[] sendEnquireLinkResp(OutputStream os, int sequenceNumber) throws IOException {
        if (!faults.answering()) {
            return withheld();
        }
        counters.enquireLinkAnswered();
        return super.sendEnquireLinkResp(os, sequenceNumber);
    }

    @Override
    public byte[] sendBindResp(OutputStream os, int commandId, int sequenceNumber, String systemId,
                               InterfaceVersion interfaceVersion) throws PDUStringException, IOException {
        return faults.answering() ? super.sendBindResp(os, commandId, sequenceNumber, systemId, interfaceVersion) : withheld();
    }

    @Override
    public byte[] sendUnbindResp(OutputStream os, int commandStatus, int sequenceNumber) throws IOException {
        return faults.answering() ? super.sendUnbindResp(os, commandStatus, sequenceNumber) : withheld();
    }

    @Override
    public byte[] sendGenericNack(OutputStream os, int commandStatus, int sequenceNumber) throws IOException {
        return faults.answering() ? super.sendGenericNack(os, commandStatus, sequenceNumber) : withheld();
    }

    private byte[] withheld() {
        counters.responseWithheld();
        return NOTHING;
    }
}
