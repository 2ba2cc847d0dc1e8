package loa.harness.voicebrowser.vxml;

/**
 * A VoiceXML event thrown into the dialog (VoiceXML 2.0 §5.2): by {@code <throw>}, by the
 * platform (input, hang-up), or as an error. Handlers catch it by token prefix of its name.
 */
final class VxmlEvent extends RuntimeException {
    static final String NOINPUT = "noinput";
    static final String NOMATCH = "nomatch";
    static final String HANGUP = "connection.disconnect.hangup";
    static final String BADFETCH = "error.badfetch";
    static final String SEMANTIC = "error.semantic";
    /** Followed by the element's name: error.unsupported.transfer (§5.2.6). */
    static final String UNSUPPORTED = "error.unsupported.";

    private final String name;

    VxmlEvent(String name, String message) {
        super(message, null, false, false);
        this.name = name;
    }

    static VxmlEvent unsupported(String element, String message) {
        return new VxmlEvent(UNSUPPORTED + element, message);
    }

    String name() {
        return name;
    }

    /**
     * True when a handler for {@code caught} catches this event (VoiceXML 2.1 §5.2.4): a token
     * prefix, dots separating tokens, trailing dots ignored, and the empty name catching all.
     */
    boolean isA(String caught) {
        String prefix = caught.replaceAll("\\.+$", "");
        return prefix.isEmpty() || name.equals(prefix) || name.startsWith(prefix + ".");
    }

    /** As the EVENT entry of the call log says it. */
    String describe() {
        return getMessage() == null ? name : name + ": " + getMessage();
    }
}
