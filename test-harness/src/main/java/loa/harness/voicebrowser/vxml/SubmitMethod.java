package loa.harness.voicebrowser.vxml;

/** A submit's {@code method} (VoiceXML 2.0 §5.3.8): the form as a GET query or a POST body. */
enum SubmitMethod {
    GET, POST;

    /** The attribute's value; absent is get, as the spec says. */
    static SubmitMethod of(String method) {
        if (method == null || method.strip().equalsIgnoreCase("get")) return GET;
        if (method.strip().equalsIgnoreCase("post")) return POST;
        throw new VxmlEvent(VxmlEvent.BADFETCH, "submit method is neither get nor post: " + method);
    }
}
