package loa.harness.smsc;

import java.util.List;

/**
 * A whole message as the subscriber's phone would show it: the accepted segments of one
 * concatenated message joined in order, or a single submit_sm.
 *
 * @param bytes      the text octets of all segments, UDHs removed, in segment order
 * @param text       those octets read by data_coding
 * @param messageIds the message_id answered to each segment, in segment order
 */
public record ReceivedMessage(String systemId, SmeAddress source, SmeAddress destination, int dataCoding,
                              byte[] bytes, String text, int segmentCount, List<String> messageIds,
                              Concatenation concatenation) {
    public ReceivedMessage {
        bytes = bytes.clone();
        messageIds = List.copyOf(messageIds);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "message " + source + " -> " + destination + " data_coding " + dataCoding + ", "
                + segmentCount + " segment(s) " + concatenation + ", " + text.length() + " chars, ids " + messageIds;
    }
}
