package loa.vxml;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import loa.campaign.Campaign;
import loa.campaign.DialogLinks;
import loa.campaign.PhoneNumber;

/**
 * Lets a dialog request through only with a well-formed, unexpired token that loa signed for
 * this campaign's call. Everything else is refused with the status that says why. Only loa
 * signs, and only for calls it registered, so serving a dialog needs no look-up; recording an
 * answer checks the call in the store as well.
 */
final class CallAccess {
    private static final Pattern CALL = Pattern.compile("[0-9a-z]{20}");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]{15}");
    private static final Pattern EXPIRY = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SIG = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final DialogLinks links;

    CallAccess(DialogLinks links) {
        this.links = links;
    }

    /** A call whose token checked out: its id, its number, and the query string that carries the token. */
    record VerifiedCall(String callId, PhoneNumber number, String query) {
    }

    VerifiedCall verify(Campaign campaign, HttpServletRequest request) throws DialogRefusal {
        String call = matching(request, "call", CALL);
        String n = matching(request, "n", NUMBER);
        long expiry = Long.parseLong(matching(request, "exp", EXPIRY));
        String sig = matching(request, "sig", SIG);
        if (links.expired(expiry)) throw new DialogRefusal(HttpServletResponse.SC_FORBIDDEN, "expired token");
        PhoneNumber number = links.verify(campaign.id(), call, n, expiry, sig)
                .orElseThrow(() -> new DialogRefusal(HttpServletResponse.SC_FORBIDDEN, "forged token"));
        return new VerifiedCall(call, number, "call=" + call + "&n=" + n + "&exp=" + expiry + "&sig=" + sig);
    }

    private static String matching(HttpServletRequest request, String name, Pattern pattern) throws DialogRefusal {
        String value = request.getParameter(name);
        if (value == null) throw new DialogRefusal(HttpServletResponse.SC_BAD_REQUEST, "no " + name + " parameter");
        if (!pattern.matcher(value).matches()) {
            throw new DialogRefusal(HttpServletResponse.SC_BAD_REQUEST, "malformed " + name + " parameter");
        }
        return value;
    }
}
