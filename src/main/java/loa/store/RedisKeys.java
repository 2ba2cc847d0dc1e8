package loa.store;

import java.nio.charset.StandardCharsets;

/**
 * Every Redis key loa uses for one campaign, built in one place. All carry the campaign's hash
 * tag, {@code {id}}, so a campaign's keys share one Redis Cluster slot and its Lua scripts
 * may touch any of them.
 *
 * <p>Subscribers are bucketed: the hash {@code loa:{id}:s:<first 7 digits of the national
 * number>} holds up to 100 subscribers, field = the last two digits (as an integer), value =
 * {@link SubscriberCodes}. At most 100 small integers per hash keeps Redis' compact list
 * encoding under its default limits, which is what makes a queued subscriber cost a few bytes
 * instead of the ~150 of a key of its own.
 */
public final class RedisKeys {
    /** Subscribers per bucket hash: the national number's last two digits. */
    public static final int BUCKET_SIZE = 100;

    private final String prefix;
    private final byte[] bucketPrefix;

    public RedisKeys(String campaignId) {
        this.prefix = "loa:{" + campaignId + "}:";
        this.bucketPrefix = (prefix + "s:").getBytes(StandardCharsets.US_ASCII);
    }

    public static int bucketOf(int national) {
        return national / BUCKET_SIZE;
    }

    public static int fieldOf(int national) {
        return national % BUCKET_SIZE;
    }

    /** The hash holding the subscribers of one bucket. */
    public byte[] bucket(int bucket) {
        byte[] digits = Integer.toString(bucket).getBytes(StandardCharsets.US_ASCII);
        byte[] key = new byte[bucketPrefix.length + digits.length];
        System.arraycopy(bucketPrefix, 0, key, 0, bucketPrefix.length);
        System.arraycopy(digits, 0, key, bucketPrefix.length, digits.length);
        return key;
    }

    /** A bitmap with bit {@code b} set when bucket {@code b} has subscribers queued for a first attempt. */
    public String firstAttemptBuckets() {
        return prefix + "first";
    }

    /** A hash of the campaign's counters: {@code audience}, {@code first-pending}, … */
    public String counters() {
        return prefix + "counters";
    }

    /** A hash from province name to its code. */
    public String provinces() {
        return prefix + "provinces";
    }

    /** A set of the sources imported into the campaign. */
    public String imports() {
        return prefix + "imports";
    }

    /** A hash per call: number, attempt, the dialog's first fetch, the answer and its evidence. */
    public String call(String callId) {
        return prefix + "call:" + callId;
    }

    /** A stream of what happened in the campaign's calls, read by the SMS worker. */
    public String events() {
        return prefix + "events";
    }

    /** The installation's secret when no LOA_SECRET is set: one for every node on this Redis. */
    public static String secret() {
        return "loa:secret";
    }

    /** A hash of the lasting counts of one imported source. */
    public String importOf(String source) {
        return prefix + "import:" + source;
    }

    /** The bucket hashes' common prefix, for Lua scripts that find a bucket from a number: same hash tag, same slot. */
    public String bucketPrefix() {
        return prefix + "s:";
    }

    /** A sorted set of the attempts in progress: member = national number, score = lease expiry (epoch ms). */
    public String leases() {
        return prefix + "leases";
    }

    /** A sorted set of the subscribers waiting for their second attempt: member = national number, score = due (epoch ms). */
    public String retries() {
        return prefix + "retries";
    }

    /** The bucket where the next claim starts looking for first attempts, so successive claims move on. */
    public String claimCursor() {
        return prefix + "claim-cursor";
    }

    /** A hash of what operators said: status, reason, since, and the call limits' overrides. */
    public String control() {
        return prefix + "control";
    }

    /** The hash of one bucket's SMS records: field = the last two digits, value = {@code state|sms id|at|call|detail}. */
    public String smsBucket(int bucket) {
        return prefix + "m:" + bucket;
    }

    /** The SMS records hashes' common prefix, for the receipt and expiry scripts (same slot). */
    public String smsBucketPrefix() {
        return prefix + "m:";
    }

    /** A sorted set of the SMS claimed and not yet answered by the SMSC: member = worker:national, score = claimed at (ms). */
    public String smsClaims() {
        return prefix + "sms-claims";
    }

    /** A hash from the SMSC's message id of each segment awaiting its receipt to the national number. */
    public String smsReceipts() {
        return prefix + "sms-receipts";
    }

    /** A hash of receipts that came before the record of their SMS's submission: message id → state. */
    public String smsEarlyReceipts() {
        return prefix + "sms-early-receipts";
    }

    /** An SMS worker's heartbeat, which vouches for its claims while it lives. */
    public String smsWorker(String instance) {
        return smsWorkerPrefix() + instance;
    }

    public String smsWorkerPrefix() {
        return prefix + "sms-worker:";
    }
}
