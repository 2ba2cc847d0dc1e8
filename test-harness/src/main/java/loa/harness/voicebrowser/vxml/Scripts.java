package loa.harness.voicebrowser.vxml;

import java.util.Map;
import java.util.TreeMap;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * One call's ECMAScript (VoiceXML 2.0 §5.1): a Rhino context and the scope chain session →
 * application → document → dialog → anonymous, each scope an object that also answers to its
 * own name ({@code document.x}). A script error is error.semantic. The call's own thread only:
 * a Rhino context belongs to the thread that entered it.
 */
final class Scripts implements AutoCloseable {
    private final Context context;
    private final ScriptableObject global;
    private final Scriptable application;

    Scripts(ScriptBudget budget, Map<String, String> session) {
        context = budget.enterContext();
        global = context.initSafeStandardObjects();
        Scriptable sessionScope = scope(global, "session");
        new TreeMap<>(session).forEach((name, value) -> putPath(sessionScope, name.split("\\."), value));
        application = scope(sessionScope, "application");
    }

    Scriptable newDocumentScope() {
        return scope(application, "document");
    }

    Scriptable newDialogScope(Scriptable document) {
        return scope(document, "dialog");
    }

    /** The scope of a block, a filled or a handler (§5.1.2): its own variables, the rest from its parent. */
    Scriptable newAnonymousScope(Scriptable parent) {
        return scope(parent, null);
    }

    Object eval(String source, Scriptable scope) {
        try {
            return context.evaluateString(scope, source, "dialog", 1, null);
        } catch (RhinoException e) {
            throw new VxmlEvent(VxmlEvent.SEMANTIC, e.details() + " in: " + source.strip());
        } catch (ScriptBudget.Exhausted e) {
            throw new CallEnded(Ending.ERROR, e.getMessage());
        }
    }

    boolean cond(String source, Scriptable scope) {
        return Context.toBoolean(eval(source, scope));
    }

    /** A variable declared in {@code scope} itself (§5.3.1 var): declaring again resets it. */
    void declare(Scriptable scope, String name, Object value) {
        scope.put(name, scope, value);
    }

    /** Assigns a declared variable (§5.3.2): the nearest scope that has it; {@code document.x} names the scope. */
    void assign(String name, Object value, Scriptable scope) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            assignProperty(eval(name.substring(0, dot), scope), name.substring(dot + 1), value, name);
            return;
        }
        for (Scriptable at = scope; at != null && at != global; at = at.getParentScope()) {
            if (at.has(name, at)) {
                at.put(name, at, value);
                return;
            }
        }
        throw new VxmlEvent(VxmlEvent.SEMANTIC, "assign to undeclared variable " + name);
    }

    /** The value as a string, undefined and null as empty: what a submit sends. */
    static String string(Object value) {
        return value == null || value instanceof Undefined ? "" : Context.toString(value);
    }

    static boolean isUndefined(Object value) {
        return value == null || value instanceof Undefined || value == Scriptable.NOT_FOUND;
    }

    Object lookup(String name, Scriptable scope) {
        return ScriptableObject.getProperty(scope, name);
    }

    @Override
    public void close() {
        context.close();
    }

    private void assignProperty(Object target, String property, Object value, String name) {
        if (!(target instanceof Scriptable object) || !ScriptableObject.hasProperty(object, property)) {
            throw new VxmlEvent(VxmlEvent.SEMANTIC, "assign to undeclared variable " + name);
        }
        ScriptableObject.putProperty(object, property, value);
    }

    /** session.connection.protocol.sip.callid from the flattened name, objects made on the way. */
    private void putPath(Scriptable at, String[] path, String value) {
        for (int i = 0; i < path.length - 1; i++) {
            Object next = at.get(path[i], at);
            if (!(next instanceof Scriptable)) {
                next = context.newObject(global);
                at.put(path[i], at, next);
            }
            at = (Scriptable) next;
        }
        at.put(path[path.length - 1], at, value);
    }

    private static Scriptable scope(Scriptable parent, String ownName) {
        NativeObject scope = new NativeObject();
        scope.setParentScope(parent);
        if (ownName != null) scope.put(ownName, scope, scope);
        return scope;
    }
}
