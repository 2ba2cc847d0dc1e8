package loa.vxml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rendered VoiceXML document as UTF-8 bytes, cut where each call's own value goes: what does
 * not change per call is rendered once per dialog version, and a request only writes the bytes
 * with its call's value in the gaps.
 */
final class DialogDocument {
    /** What a template is rendered with in place of the call's value; plain ASCII, so no escaping touches it. */
    static final String SLOT = "LOA-CALL-SLOT-7f3c";

    private final byte[][] parts;

    private DialogDocument(byte[][] parts) {
        this.parts = parts;
    }

    static DialogDocument of(String rendered) {
        List<byte[]> parts = new ArrayList<>();
        for (String part : rendered.split(Pattern.quote(SLOT), -1)) parts.add(part.getBytes(StandardCharsets.UTF_8));
        return new DialogDocument(parts.toArray(new byte[0][]));
    }

    /** The byte length with {@code value} (already XML-escaped, ASCII) in every gap. */
    int length(byte[] value) {
        int length = value.length * (parts.length - 1);
        for (byte[] part : parts) length += part.length;
        return length;
    }

    void write(OutputStream out, byte[] value) throws IOException {
        out.write(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.write(value);
            out.write(parts[i]);
        }
    }
}
