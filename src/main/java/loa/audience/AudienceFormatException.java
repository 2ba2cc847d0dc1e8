package loa.audience;

/** An audience or suppression file that cannot be imported at all; the message says why, and where. */
public final class AudienceFormatException extends Exception {
    public AudienceFormatException(String message) {
        super(message);
    }
}
