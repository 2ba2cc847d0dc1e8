package loa.campaign;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring dialog URLs: {@code <base>/vxml/<campaign>?call=<id>&exp=<epoch s>&sig=<mac>},
 * the mac an HMAC-SHA256 of the campaign, the call id, the number and the expiry under the
 * installation's secret. The dialog app accepts nothing unsigned, and the number never appears
 * in a URL. Thread-safe.
 */
public final class DialogLinks {
    private static final String HMAC = "HmacSHA256";
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;
    private final Clock clock;

    public DialogLinks(byte[] secret, Clock clock) {
        if (secret.length < 16) throw new IllegalArgumentException("the secret must be at least 16 bytes");
        this.key = new SecretKeySpec(secret, HMAC);
        this.clock = clock;
    }

    /** The query string of a call's dialog URLs, valid for {@code validFor}. */
    public String query(String campaignId, String callId, PhoneNumber number, Duration validFor) {
        long expiry = clock.instant().plus(validFor).getEpochSecond();
        return "call=" + callId + "&exp=" + expiry + "&sig=" + mac(campaignId, callId, number, expiry);
    }

    /** The URL a voice browser fetches to start a call's dialog. */
    public String entryUrl(String base, String campaignId, String callId, PhoneNumber number, Duration validFor) {
        return base.replaceAll("/+$", "") + "/vxml/" + campaignId + "?" + query(campaignId, callId, number, validFor);
    }

    /** Whether {@code sig} was made by {@link #query} for these values and has not expired. */
    public boolean verify(String campaignId, String callId, PhoneNumber number, long expiry, String sig) {
        if (Instant.ofEpochSecond(expiry).isBefore(clock.instant())) return false;
        byte[] expected = mac(campaignId, callId, number, expiry).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean expired(long expiry) {
        return Instant.ofEpochSecond(expiry).isBefore(clock.instant());
    }

    private String mac(String campaignId, String callId, PhoneNumber number, long expiry) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal((campaignId + '|' + callId + '|' + number.msisdn() + '|' + expiry)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, MAC_BYTES));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
