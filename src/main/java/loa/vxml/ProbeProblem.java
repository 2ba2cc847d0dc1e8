package loa.vxml;

import java.util.Map;

/** What stops a voice browser from running a dialog, in one line an operator can act on. */
final class ProbeProblem extends Exception {
    /** The reason phrases of the statuses a dialog or prompt fetch is likely to meet (RFC 9110 §15). */
    private static final Map<Integer, String> REASONS = Map.of(400, "Bad Request", 401, "Unauthorized", 403, "Forbidden",
            404, "Not Found", 405, "Method Not Allowed", 410, "Gone", 500, "Internal Server Error", 502, "Bad Gateway",
            503, "Service Unavailable", 504, "Gateway Timeout");

    ProbeProblem(String reason) {
        super(reason, null, false, false);
    }

    /** "HTTP 404 Not Found", or "HTTP 418" for a status without a phrase here. */
    static String status(int code) {
        String reason = REASONS.get(code);
        return "HTTP " + code + (reason == null ? "" : " " + reason);
    }

    /** The exception's type and message on one line, for a failure nobody foresaw. */
    static String oneLine(Throwable e) {
        return flat(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    /** The text with its line breaks and runs of white space folded into single spaces. */
    static String flat(String text) {
        return String.valueOf(text).replaceAll("\\s+", " ").strip();
    }
}
