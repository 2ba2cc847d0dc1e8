package loa.campaign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring dialog URLs:
 * {@code <base>/vxml/<campaign>?call=<id>&n=<number, encrypted>&exp=<epoch s>&sig=<mac>}.
 * The mac is an HMAC-SHA256 of the campaign, the call id, the number and the expiry under a key
 * made from the installation's secret. The number travels encrypted (AES-CTR under a second key
 * made from the secret; the mac covers it), so a dialog is served without a look-up and the
 * number never shows in a voice browser's logs. Thread-safe.
 */
public final class DialogLinks {
    private static final String HMAC = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec numberKey;
    private final Clock clock;
    /** A Mac or Cipher is not thread-safe, and making one per request costs more than using it. */
    private final ThreadLocal<Mac> signer;
    private final ThreadLocal<Cipher> aes = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/CTR/NoPadding")));

    public DialogLinks(byte[] secret, Clock clock) {
        if (secret.length < 16) throw new IllegalArgumentException("the secret must be at least 16 bytes");
        SecretKeySpec master = new SecretKeySpec(secret, HMAC);
        SecretKeySpec macKey = new SecretKeySpec(hmac(master, "loa dialog links: signing"), HMAC);
        this.numberKey = new SecretKeySpec(Arrays.copyOf(hmac(master, "loa dialog links: numbers"), 16), "AES");
        this.signer = ThreadLocal.withInitial(() -> instance(() -> {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(macKey);
            return mac;
        }));
        this.clock = clock;
    }

    /** The query string of a call's dialog URLs, valid for {@code validFor}. */
    public String query(String campaignId, String callId, PhoneNumber number, Duration validFor) {
        long expiry = clock.instant().plus(validFor).getEpochSecond();
        String n = BASE64.encodeToString(crypt(Cipher.ENCRYPT_MODE, callId, number.msisdn().getBytes(StandardCharsets.US_ASCII)));
        return "call=" + callId + "&n=" + n + "&exp=" + expiry + "&sig=" + mac(campaignId, callId, number, expiry);
    }

    /** The URL a voice browser fetches to start a call's dialog. */
    public String entryUrl(String base, String campaignId, String callId, PhoneNumber number, Duration validFor) {
        return base.replaceAll("/+$", "") + "/vxml/" + campaignId + "?" + query(campaignId, callId, number, validFor);
    }

    /** The call's number when {@code sig} was made by {@link #query} for these values; empty for a forgery. */
    public Optional<PhoneNumber> verify(String campaignId, String callId, String n, long expiry, String sig) {
        byte[] encrypted;
        try {
            encrypted = Base64.getUrlDecoder().decode(n);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        PhoneNumber number = PhoneNumber.parseOrNull(new String(crypt(Cipher.DECRYPT_MODE, callId, encrypted), StandardCharsets.ISO_8859_1));
        if (number == null) return Optional.empty();
        byte[] expected = mac(campaignId, callId, number, expiry).getBytes(StandardCharsets.US_ASCII);
        boolean valid = MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(number) : Optional.empty();
    }

    public boolean expired(long expiry) {
        return Instant.ofEpochSecond(expiry).isBefore(clock.instant());
    }

    private String mac(String campaignId, String callId, PhoneNumber number, long expiry) {
        byte[] message = (campaignId + '|' + callId + '|' + number.msisdn() + '|' + expiry).getBytes(StandardCharsets.UTF_8);
        return BASE64.encodeToString(Arrays.copyOf(signer.get().doFinal(message), MAC_BYTES));
    }

    /**
     * AES-CTR whose counter block is the call id: a fresh random one per call, so no two
     * numbers share a key stream; the mac guards against any change to the result.
     */
    private byte[] crypt(int mode, String callId, byte[] input) {
        try {
            Cipher cipher = aes.get();
            cipher.init(mode, numberKey, new IvParameterSpec(Arrays.copyOf(callId.getBytes(StandardCharsets.US_ASCII), 16)));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        return instance(() -> {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        }).doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    private interface Maker<T> {
        T make() throws GeneralSecurityException;
    }

    private static <T> T instance(Maker<T> maker) {
        try {
            return maker.make();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + HMAC + " or AES", e);
        }
    }
}
