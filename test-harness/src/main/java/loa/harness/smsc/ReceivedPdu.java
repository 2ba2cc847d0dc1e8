package loa.harness.smsc;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One submit_sm as it arrived, field by field, with what the simulator answered.
 *
 * @param systemId           the system_id of the bind it came over
 * @param dataCoding         data_coding, unsigned (0 GSM 7-bit, 3 Latin-1, 8 UCS-2)
 * @param esmClass           esm_class, unsigned (0x40 = a UDH leads short_message)
 * @param registeredDelivery registered_delivery, unsigned (1 = a receipt either way)
 * @param shortMessage       the raw short_message octets, UDH included
 * @param tlvs               the optional parameters' values by tag (e.g. 0x020C sar_msg_ref_num)
 * @param commandStatus      the status answered, or {@link CommandStatus#UNANSWERED}
 * @param messageId          the message_id answered; null unless the status is ESME_ROK
 */
public record ReceivedPdu(String systemId, SmeAddress source, SmeAddress destination, int dataCoding,
                          int esmClass, int registeredDelivery, byte[] shortMessage,
                          Map<Integer, byte[]> tlvs, int commandStatus, String messageId,
                          Instant receivedAt) {
    /** esm_class bit 6: short_message starts with a User Data Header (SMPP 3.4 §5.2.12). */
    public static final int ESM_CLASS_UDHI = 0x40;
    public static final int TAG_SAR_MSG_REF_NUM = 0x020C;
    public static final int TAG_SAR_TOTAL_SEGMENTS = 0x020E;
    public static final int TAG_SAR_SEGMENT_SEQNUM = 0x020F;
    public static final int TAG_MESSAGE_PAYLOAD = 0x0424;

    public ReceivedPdu {
        shortMessage = shortMessage.clone();
        tlvs = Map.copyOf(tlvs.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().clone())));
    }

    @Override
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    /** The value of one optional parameter, or null when it was not sent. */
    public byte[] tlv(int tag) {
        byte[] value = tlvs.get(tag);
        return value == null ? null : value.clone();
    }

    public boolean accepted() {
        return commandStatus == CommandStatus.ESME_ROK;
    }

    @Override
    public String toString() {
        return "submit_sm " + source + " -> " + destination + " data_coding " + dataCoding
                + " esm_class " + esmClass + " " + shortMessage.length + " octets: "
                + CommandStatus.name(commandStatus) + (messageId == null ? "" : " id " + messageId);
    }
}
