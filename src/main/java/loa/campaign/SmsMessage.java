package loa.campaign;

/** The text sent to every subscriber who agreed, and the alphanumeric sender it comes from. */
public record SmsMessage(String sender, String text) {
}
