package duban.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed: {@code Duban-Signature: v1=<hex>}, the HMAC-SHA256 of {@code "<timestamp>.<body>"} (the
 * {@code Duban-Timestamp} header, unix seconds, a dot, the body's bytes) keyed with the UTF-8 bytes of the webhook's
 * secret. The timestamp inside the signed text is what lets a receiver refuse a replayed request.
 */
public final class WebhookSignature {

    public static final String WEBHOOK_ID = "Duban-Webhook-Id";
    public static final String DELIVERY_ID = "Duban-Delivery-Id";
    public static final String TIMESTAMP = "Duban-Timestamp";
    public static final String SIGNATURE = "Duban-Signature";
    /** The scheme's version: a receiver checks the {@code v1=} value and ignores schemes it does not know. */
    public static final String VERSION = "v1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** The header's value for this body sent at {@code timestamp}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A new secret: 32 random bytes, hex, with a prefix that makes it recognisable in a leaked file. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
