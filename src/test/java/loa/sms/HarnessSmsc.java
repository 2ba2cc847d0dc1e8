package loa.sms;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import loa.harness.smsc.CommandStatus;
import loa.harness.smsc.ReceivedMessage;
import loa.harness.smsc.ReceivedPdu;
import loa.harness.smsc.SmeAddress;

/**
 * Segments read back by the harness SMSC's own Reassembler and decoder, so that loa's encoder
 * is judged by the code that will receive it, not by a second copy of its own assumptions. The
 * Reassembler is package-private in loa.harness.smsc, hence the reflection.
 */
final class HarnessSmsc {
    private static final SmeAddress SENDER = new SmeAddress("MOBIFONE.AI", SmeAddress.TON_ALPHANUMERIC, SmeAddress.NPI_UNKNOWN);
    private static final SmeAddress SUBSCRIBER = new SmeAddress("84912345678", SmeAddress.TON_INTERNATIONAL, SmeAddress.NPI_ISDN);

    private HarnessSmsc() {
    }

    /** The message the harness assembles once the last of these segments, sent in this order, arrives. */
    static ReceivedMessage receive(List<SmsSegment> segments) {
        Object reassembler = newReassembler();
        List<ReceivedMessage> completed = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            add(reassembler, pduOf(segments.get(i), i)).ifPresent(completed::add);
        }
        if (completed.size() != 1) {
            throw new AssertionError("the harness assembled " + completed.size() + " messages from " + segments);
        }
        return completed.get(0);
    }

    static ReceivedPdu pduOf(SmsSegment segment, int serial) {
        Map<Integer, byte[]> tlvs = new HashMap<>();
        segment.sar().ifPresent(sar -> {
            tlvs.put(SarTlvs.TAG_SAR_MSG_REF_NUM, ByteBuffer.allocate(2).putShort((short) sar.msgRefNum()).array());
            tlvs.put(SarTlvs.TAG_SAR_TOTAL_SEGMENTS, new byte[] {(byte) sar.totalSegments()});
            tlvs.put(SarTlvs.TAG_SAR_SEGMENT_SEQNUM, new byte[] {(byte) sar.segmentSeqnum()});
        });
        return new ReceivedPdu("loa", SENDER, SUBSCRIBER, segment.dataCoding(), segment.esmClass(), 1,
                segment.shortMessage(), tlvs, CommandStatus.ESME_ROK, "m" + serial, Instant.EPOCH);
    }

    private static Object newReassembler() {
        try {
            Constructor<?> constructor = Class.forName("loa.harness.smsc.Reassembler").getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the harness's Reassembler cannot be made", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<ReceivedMessage> add(Object reassembler, ReceivedPdu pdu) {
        try {
            Method add = reassembler.getClass().getDeclaredMethod("add", ReceivedPdu.class);
            add.setAccessible(true);
            return (Optional<ReceivedMessage>) add.invoke(reassembler, pdu);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the harness's Reassembler refused " + pdu, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the harness's Reassembler cannot be called", e);
        }
    }
}
