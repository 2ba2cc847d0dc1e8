package loa.harness.voicebrowser;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import loa.harness.sip.SipStatus;

/**
 * The dialog named by an RFC 5552 Request-URI (§2.1):
 * {@code sip:dialog@host:port;voicexml=<URL-encoded http(s) URL>}. A URI whose user part is not
 * {@code dialog} names nothing here (404); a dialog request without a usable voicexml parameter is
 * malformed (400).
 */
public final class DialogUri {
    /** RFC 5552 §2.1: the user part of a dialog request. */
    public static final String USER = "dialog";
    /** RFC 5552 §2.1: the URI parameter carrying the VoiceXML document's URL. */
    public static final String VOICEXML = "voicexml";

    private DialogUri() {
    }

    /** Why a Request-URI is refused, and the SIP status that says so. */
    public static final class Refused extends Exception {
        private final int status;

        Refused(SipStatus status, String reason) {
            super(reason, null, false, false);
            this.status = status.code();
        }

        public int status() {
            return status;
        }
    }

    /** The dialog's URL from the Request-URI. */
    public static URI parse(String requestUri) throws Refused {
        String uri = requestUri.strip();
        int at = uri.indexOf('@');
        if (!uri.regionMatches(true, 0, "sip:", 0, 4) || at < 0 || !uri.substring(4, at).equals(USER)) {
            throw new Refused(SipStatus.NOT_FOUND, "not an RFC 5552 dialog request: " + requestUri);
        }
        return dialog(parameter(uri.substring(at + 1), VOICEXML), requestUri);
    }

    private static String parameter(String hostAndParameters, String name) throws Refused {
        String withoutHeaders = hostAndParameters.split("\\?", 2)[0];
        String[] parts = withoutHeaders.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals(name)) {
                return pair[1].strip();
            }
        }
        throw new Refused(SipStatus.BAD_REQUEST, "no " + name + " parameter");
    }

    private static URI dialog(String encoded, String requestUri) throws Refused {
        try {
            URI dialog = new URI(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
            String scheme = dialog.getScheme() == null ? "" : dialog.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || dialog.getHost() == null) {
                throw new Refused(SipStatus.BAD_REQUEST, "voicexml is not an http(s) URL: " + dialog);
            }
            return dialog;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Refused(SipStatus.BAD_REQUEST, "voicexml is not a URL in " + requestUri);
        }
    }
}
