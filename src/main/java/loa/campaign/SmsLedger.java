package loa.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Each subscriber's one SMS, as recorded states: claimed, then submitted (with the SMSC's message
 * ids) and delivered, undelivered or expired; or failed; or uncertain when nobody knows whether
 * the SMSC took it. Every move is one atomic step, shared by every SMS worker, so no subscriber
 * is ever texted twice.
 */
public interface SmsLedger {

    /**
     * Claims {@code to}'s SMS as {@code smsId} for call {@code callId}, if that call both agreed
     * and ended and {@code to} has no SMS yet (or only one an operator released). {@code worker}
     * is the claiming worker's instance, whose heartbeat vouches for the claim.
     */
    boolean claim(String callId, PhoneNumber to, String smsId, String worker, Instant now);

    void submitted(PhoneNumber to, String smsId, String worker, List<String> messageIds, Instant now);

    void failed(PhoneNumber to, String smsId, String worker, String reason, Instant now);

    void uncertain(PhoneNumber to, String smsId, String worker, String reason, Instant now);

    /** The gateway did not take the SMS, so nothing was sent: undoes the claim, to be made again. */
    void abandon(PhoneNumber to, String smsId, String worker, Instant now);

    /** One segment's receipt; returns the SMS's state after it, or null for a message id not ours. */
    String receipt(String messageId, SmsReceipts.DeliveryState state, Instant at);

    /**
     * Keeps {@code worker}'s claims vouched for, until {@code validFor} from now, and shows its
     * gateway's {@code report} (name to value) to operators for as long.
     */
    void heartbeat(String worker, java.time.Duration validFor, Map<String, String> report);

    /** The reports of the workers alive now, by worker instance. */
    Map<String, Map<String, String>> workers();

    /**
     * Makes uncertain every claim whose worker stopped its heartbeat, and every claim made before
     * {@code abandonedBefore} whatever its worker; returns how many.
     */
    int expireClaims(Instant abandonedBefore, Instant now);

    /** An operator lets an uncertain SMS be sent once more; returns whether it was uncertain. */
    boolean release(PhoneNumber to, Instant now);

    /** The subscriber's SMS record, or null: {@code state|sms id|at|call|detail}. */
    String recordOf(PhoneNumber to);

    /** The SMS counters: sms-claimed, sms-submitted, sms-failed, sms-uncertain, sms-delivered, ... */
    Map<String, Long> counters();
}
