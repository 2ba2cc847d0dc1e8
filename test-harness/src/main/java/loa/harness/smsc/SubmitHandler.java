package loa.harness.smsc;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides each submit_sm's answer, keeps the submit and, once whole, its message, and asks for
 * its receipt. Runs on jSMPP's PDU threads, so it only records and returns: no I/O, no waiting.
 */
final class SubmitHandler extends UnsupportedRequests {
    private static final Logger log = LoggerFactory.getLogger(SubmitHandler.class);
    private static final OptionalParameter[] NO_TLVS = new OptionalParameter[0];
    /** A TLV as jSMPP serialises it: tag (2 octets), length (2 octets), value. */
    private static final int TLV_HEADER_OCTETS = 4;

    private final AtomicLong lastMessageId = new AtomicLong();
    private final Faults faults;
    private final Throughput throughput;
    private final Links links;
    private final Mailbox mailbox;
    private final Reassembler reassembler;
    private final ReceiptSender receipts;
    private final SmscCounters counters;
    private final Clock clock;

    SubmitHandler(Faults faults, Throughput throughput, Links links, Mailbox mailbox, Reassembler reassembler,
                  ReceiptSender receipts, SmscCounters counters, Clock clock) {
        this.faults = faults;
        this.throughput = throughput;
        this.links = links;
        this.mailbox = mailbox;
        this.reassembler = reassembler;
        this.receipts = receipts;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
        counters.submitReceived();
        int status = statusFor(submitSm, source);
        String id = status == CommandStatus.ESME_ROK ? nextMessageId() : null;
        ReceivedPdu pdu = copyOf(submitSm, links.systemIdOf(source), status, id);
        mailbox.add(pdu);
        log.debug("SMSC received {}", pdu);
        if (status != CommandStatus.ESME_ROK) {
            throw new ProcessRequestException(CommandStatus.name(status), status);
        }
        reassembler.add(pdu).ifPresent(mailbox::add);
        receipts.requestedBy(pdu);
        return new SubmitSmResult(messageId(id), NO_TLVS);
    }

    /** Silence first, then the faults a test queued, then the address, then the throughput limit. */
    private int statusFor(SubmitSm submitSm, SMPPServerSession source) {
        if (!faults.answering()) {
            return CommandStatus.UNANSWERED;
        }
        OptionalInt injected = faults.takeNext();
        if (injected.isPresent()) {
            return injected.getAsInt();
        }
        if (submitSm.getDestAddress() == null || submitSm.getDestAddress().isBlank()) {
            return CommandStatus.ESME_RINVDSTADR;
        }
        return throughput.admits(source.getSessionId()) ? CommandStatus.ESME_ROK : CommandStatus.ESME_RTHROTTLED;
    }

    /** Ten digits, as the id: field of a receipt shows them (SMPP 3.4 Appendix B). */
    private String nextMessageId() {
        return String.format("%010d", lastMessageId.incrementAndGet());
    }

    private ReceivedPdu copyOf(SubmitSm sm, String systemId, int status, String id) {
        return new ReceivedPdu(systemId,
                new SmeAddress(sm.getSourceAddr(), sm.getSourceAddrTon() & 0xFF, sm.getSourceAddrNpi() & 0xFF),
                new SmeAddress(sm.getDestAddress(), sm.getDestAddrTon() & 0xFF, sm.getDestAddrNpi() & 0xFF),
                sm.getDataCoding() & 0xFF, sm.getEsmClass() & 0xFF, sm.getRegisteredDelivery() & 0xFF,
                sm.getShortMessage() == null ? new byte[0] : sm.getShortMessage(), tlvsOf(sm), status, id, clock.instant());
    }

    private static Map<Integer, byte[]> tlvsOf(SubmitSm sm) {
        Map<Integer, byte[]> tlvs = new HashMap<>();
        for (OptionalParameter tlv : sm.getOptionalParameters() == null ? NO_TLVS : sm.getOptionalParameters()) {
            byte[] whole = tlv.serialize();
            tlvs.put(tlv.tag & 0xFFFF, Arrays.copyOfRange(whole, TLV_HEADER_OCTETS, whole.length));
        }
        return tlvs;
    }

    private static MessageId messageId(String id) throws ProcessRequestException {
        try {
            return new MessageId(id);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("bad message id " + id, CommandStatus.ESME_RSYSERR);
        }
    }
}
