package loa.vxml;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import loa.campaign.Answer;
import loa.campaign.Answer.DialogEvent;

/**
 * What the dialog submits: how the form ended ({@code event}), the input ({@code key}), how far
 * the dialog had got ({@code stage}, and {@code elapsed}: milliseconds since the document was
 * loaded, by the voice browser's clock) and the voice browser's session ({@code vbsession}).
 */
record AnswerForm(DialogEvent event, String key, String stage, String voiceBrowserSession, Duration heard) {
    private static final Pattern KEY = Pattern.compile("[0-9*#]|[\\p{L} ]{1,32}");
    private static final Pattern STAGE = Pattern.compile("[a-z0-9-]{0,32}");
    private static final Pattern SESSION = Pattern.compile("[\\x21-\\x7e]{0,128}");
    private static final Pattern MILLIS = Pattern.compile("[0-9]{1,9}");

    static AnswerForm read(HttpServletRequest request) throws DialogRefusal {
        String eventName = request.getParameter("event");
        DialogEvent event = eventName == null ? null : DialogEvent.byWireName(eventName);
        if (event == null) throw malformed("event");
        String key = valueOf(request, "key");
        if (!key.isEmpty() && !KEY.matcher(key).matches() || event == DialogEvent.FILLED && key.isEmpty()) {
            throw malformed("key");
        }
        String stage = valueOf(request, "stage");
        if (!STAGE.matcher(stage).matches()) throw malformed("stage");
        String session = valueOf(request, "vbsession");
        if (!SESSION.matcher(session).matches()) throw malformed("vbsession");
        String elapsed = valueOf(request, "elapsed");
        if (!elapsed.isEmpty() && !MILLIS.matcher(elapsed).matches()) throw malformed("elapsed");
        Duration heard = elapsed.isEmpty() ? null : Duration.ofMillis(Long.parseLong(elapsed));
        return new AnswerForm(event, key, stage, session, heard);
    }

    Answer answer() {
        return Answer.of(event, key);
    }

    private static String valueOf(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    private static DialogRefusal malformed(String parameter) {
        return new DialogRefusal(HttpServletResponse.SC_BAD_REQUEST, "malformed " + parameter + " parameter");
    }
}
