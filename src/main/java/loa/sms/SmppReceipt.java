package loa.sms;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import loa.campaign.SmsReceipts.DeliveryState;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameter.Tag;

/**
 * A delivery receipt read from its deliver_sm: the receipted_message_id and message_state TLVs
 * (SMPP 3.4 §5.3.2.12, §5.3.2.35) when the SMSC sends them, else the text of Appendix B
 * ({@code id:... sub:... dlvrd:... submit date:... done date:yyMMddhhmm stat:DELIVRD err:...}).
 */
record SmppReceipt(String messageId, DeliveryState state, Instant doneAt) {
    /** message_state values (§5.2.28) and stat: words (Appendix B) that are final, by what they mean. */
    private static final Map<Integer, DeliveryState> BY_MESSAGE_STATE = Map.of(
            2, DeliveryState.DELIVERED, 3, DeliveryState.EXPIRED, 4, DeliveryState.DELETED,
            5, DeliveryState.UNDELIVERABLE, 6, DeliveryState.UNKNOWN, 7, DeliveryState.UNKNOWN, 8, DeliveryState.REJECTED);
    private static final Map<String, DeliveryState> BY_STAT = Map.of(
            "DELIVRD", DeliveryState.DELIVERED, "EXPIRED", DeliveryState.EXPIRED, "DELETED", DeliveryState.DELETED,
            "UNDELIV", DeliveryState.UNDELIVERABLE, "ACCEPTD", DeliveryState.UNKNOWN, "UNKNOWN", DeliveryState.UNKNOWN,
            "REJECTD", DeliveryState.REJECTED);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyMMddHHmm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    /**
     * The receipt, or empty when {@code deliverSm} is not one, names no message id, or reports a
     * state that is not final (ENROUTE: an intermediate notification).
     *
     * @param zone    the zone of the dates in the text
     * @param arrived used as the done date when the text gives none that can be read
     */
    static Optional<SmppReceipt> of(DeliverSm deliverSm, ZoneId zone, Instant arrived) {
        if (!deliverSm.isSmscDeliveryReceipt()) {
            return Optional.empty();
        }
        String text = deliverSm.getShortMessage() == null ? "" : new String(deliverSm.getShortMessage(), StandardCharsets.ISO_8859_1);
        String id = tlvText(deliverSm.getOptionalParameter(Tag.RECEIPTED_MESSAGE_ID));
        if (id == null) {
            id = field(text, "id:");
        }
        DeliveryState state = state(deliverSm.getOptionalParameter(Tag.MESSAGE_STATE), field(text, "stat:"));
        if (id == null || id.isEmpty() || state == null) {
            return Optional.empty();
        }
        return Optional.of(new SmppReceipt(id, state, doneDate(field(text, "done date:"), zone).orElse(arrived)));
    }

    private static DeliveryState state(OptionalParameter messageState, String stat) {
        if (messageState instanceof OptionalParameter.Byte value) {
            return BY_MESSAGE_STATE.get((int) value.getValue());
        }
        return stat == null ? null : BY_STAT.get(stat.toUpperCase(Locale.ROOT));
    }

    /** The word after {@code key} in the receipt text, keys matched without regard to case; null when absent. */
    static String field(String text, String key) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(key);
        while (at > 0 && lower.charAt(at - 1) != ' ') {
            at = lower.indexOf(key, at + 1);
        }
        if (at < 0) {
            return null;
        }
        int from = at + key.length();
        int to = text.indexOf(' ', from);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    private static Optional<Instant> doneDate(String date, ZoneId zone) {
        if (date == null || !(date.length() == 10 || date.length() == 12)) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(date, date.length() == 10 ? MINUTES : SECONDS);
            return Optional.of(local.atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String tlvText(OptionalParameter tlv) {
        if (tlv instanceof OptionalParameter.OctetString octets) {
            String value = octets.getValueAsString();
            int nul = value.indexOf('\0');
            return nul < 0 ? value : value.substring(0, nul);
        }
        return null;
    }
}
