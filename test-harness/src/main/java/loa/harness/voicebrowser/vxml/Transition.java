package loa.harness.voicebrowser.vxml;

/**
 * Leaves what the interpreter is doing for another dialog (VoiceXML 2.0 §5.3.7 goto, §5.3.8
 * submit): a form of a newly fetched document, another form of this one, or another item of
 * the current form. The fetch has happened already, in the scope of the element that asked.
 */
final class Transition extends RuntimeException {
    private final VxmlDocument document;
    private final String formId;
    private final String item;

    private Transition(VxmlDocument document, String formId, String item) {
        super(null, null, false, false);
        this.document = document;
        this.formId = formId;
        this.item = item;
    }

    /** To a form of {@code document} ({@code formId} null: its first form). */
    static Transition toDocument(VxmlDocument document, String formId) {
        return new Transition(document, formId, null);
    }

    /** To another form of the current document. */
    static Transition toForm(String formId) {
        return new Transition(null, formId, null);
    }

    /** To an item of the current form (goto nextitem). */
    static Transition toItem(String item) {
        return new Transition(null, null, item);
    }

    boolean leavesDocument() {
        return document != null;
    }

    boolean leavesForm() {
        return item == null;
    }

    VxmlDocument document() {
        return document;
    }

    String formId() {
        return formId;
    }

    String item() {
        return item;
    }
}
