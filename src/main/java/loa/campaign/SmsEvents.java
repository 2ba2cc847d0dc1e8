package loa.campaign;

import java.util.List;

/**
 * What became of one {@link SmsRequest}: exactly one of these, once, on a gateway thread.
 */
public interface SmsEvents {

    /** The SMSC accepted every segment; {@code messageIds} are its ids, one per segment, in order. */
    void onSubmitted(String smsId, List<String> messageIds);

    /**
     * The SMSC refused it for good, or kept refusing a temporary error until the gateway gave
     * up; nothing of it was accepted. {@code reason} names the SMPP error ("ESME_RINVDSTADR 0x0000000B").
     */
    void onFailed(String smsId, String reason);

    /**
     * It may or may not have been accepted: the link broke, or no response came, after a segment
     * had been sent. The SMS must not be sent again automatically.
     */
    void onUncertain(String smsId, String reason);
}
