package loa.harness.voicebrowser.vxml;

import java.net.URI;
import org.mozilla.javascript.Scriptable;

/**
 * Where executable content runs: the call, the variable scope, and the visit of the form it
 * belongs to (null while a document initialises its variables).
 */
record Frame(Call call, Scriptable scope, FormVisit form) {

    Object eval(String expr) {
        return call.scripts().eval(expr, scope);
    }

    /** True when there is no condition, or it holds. */
    boolean holds(String cond) {
        return cond == null || call.scripts().cond(cond, scope);
    }

    /** The value of {@code literal}, or else of the expression {@code expr}, as a string; null when neither is given. */
    String valueOf(String literal, String expr) {
        if (literal != null) return literal;
        return expr == null ? null : Scripts.string(eval(expr));
    }

    /** A new anonymous scope inside this one, for a block, a filled or a handler. */
    Frame anonymous() {
        return new Frame(call, call.scripts().newAnonymousScope(scope), form);
    }

    /** A URI of the current document resolved against it; error.badfetch when it is no URI. */
    URI resolve(String uri) {
        try {
            return call.document().uri().resolve(uri.strip());
        } catch (IllegalArgumentException e) {
            throw new VxmlEvent(VxmlEvent.BADFETCH, "not a URI: " + uri);
        }
    }
}
