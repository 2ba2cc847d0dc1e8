package loa.sms;

import java.util.List;

/** One SMS's text as {@link SmppTextEncoder} cut it: its data_coding and each segment's octets, in order. */
record SmppEncodedText(int dataCoding, List<byte[]> segments) {
    SmppEncodedText {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a text has at least one segment");
        }
        segments = segments.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> segments() {
        return segments.stream().map(byte[]::clone).toList();
    }
}
