package loa.harness.sip;

import java.text.ParseException;
import java.util.Optional;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** Builds the responses a UAS sends (RFC 3261 §8.2.6): To tag, Contact, SDP body. */
final class SipMessages {
    private final SipContext context;

    SipMessages(SipContext context) {
        this.context = context;
    }

    /** A response to {@code request}; {@code toTag} may be null (for 100 and requests outside a dialog). */
    Response response(int status, Request request, String toTag, String sdp) throws ParseException {
        Response response = context.messages().createResponse(status, request);
        if (toTag != null) {
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(toTag);
        }
        if (status / 100 == 1 && status != 100 || status / 100 == 2) {
            response.addHeader(context.contact());
        }
        if (sdp != null) {
            ContentTypeHeader type = context.headers().createContentTypeHeader("application", "sdp");
            response.setContent(sdp, type);
        }
        return response;
    }

    /** The SDP body of a message, when it has one. */
    static Optional<String> sdp(Message message) {
        byte[] body = message.getRawContent();
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
}
