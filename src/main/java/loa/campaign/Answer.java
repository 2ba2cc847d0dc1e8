package loa.campaign;

import java.util.Locale;

/** What a subscriber answered in the dialog: the evidence the SMS and the reports rest on. */
public enum Answer {
    /** Pressed 1 (or said "đồng ý"/"có"). */
    AGREED,
    /** Pressed another key, or gave input the dialog did not match. */
    DECLINED,
    /** Said and pressed nothing, after every re-prompt. */
    NO_INPUT,
    /** Hung up before answering. */
    HUNG_UP;

    /** The key that means yes, in every campaign's dialog. */
    public static final String AGREE_KEY = "1";

    /** How the dialog's form ended, as the voice browser reports it. */
    public enum DialogEvent {
        FILLED, NO_MATCH, NO_INPUT, HANG_UP;

        /** {@code filled}, {@code nomatch}, {@code noinput}, {@code hangup}: the VoiceXML names. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace("_", "");
        }

        public static DialogEvent byWireName(String name) {
            for (DialogEvent event : values()) {
                if (event.wireName().equals(name)) return event;
            }
            return null;
        }
    }

    /** The answer a form's end means: only a filled field holding the agree key is consent. */
    public static Answer of(DialogEvent event, String input) {
        return switch (event) {
            case FILLED -> AGREE_KEY.equals(input) ? AGREED : DECLINED;
            case NO_MATCH -> DECLINED;
            case NO_INPUT -> NO_INPUT;
            case HANG_UP -> HUNG_UP;
        };
    }

    /** {@code agreed}, {@code no-input}: the spelling of records, templates and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Answer byLabel(String label) {
        for (Answer answer : values()) {
            if (answer.label().equals(label)) return answer;
        }
        return null;
    }
}
