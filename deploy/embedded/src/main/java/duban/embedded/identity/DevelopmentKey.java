package duban.embedded.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An RSA key pair that signs development tokens (RS256). Its public half is published as a JWK set whose
 * key id starts with {@link #KEY_ID_PREFIX}: the services refuse such a key unless their profile allows
 * development keys, so a key made here can never verify tokens in production.
 */
public final class DevelopmentKey {

    public static final String KEY_ID_PREFIX = "duban-development-";
    static final String SIGNING_KEY_FILE = "signing-key.pem";
    static final String KEY_ID_FILE = "key-id";
    public static final String VERIFICATION_KEYS_FILE = "verification-keys.jwks.json";

    private final String keyId;
    private final RSAPrivateCrtKey privateKey;

    private DevelopmentKey(String keyId, RSAPrivateCrtKey privateKey) {
        this.keyId = keyId;
        this.privateKey = privateKey;
    }

    /**
     * A key kept elsewhere as PKCS#8 PEM text, such as the one the tests sign with. Its id must start with
     * {@link #KEY_ID_PREFIX} too: whatever signs with a key made here must stay refused in production.
     */
    public static DevelopmentKey fromPem(String keyId, String pkcs8Pem) {
        if (!keyId.startsWith(KEY_ID_PREFIX)) {
            throw new IllegalArgumentException("a development key's id starts with " + KEY_ID_PREFIX + ": " + keyId);
        }
        return new DevelopmentKey(keyId, parsePem(pkcs8Pem));
    }

    /** The key {@link #loadOrCreate} keeps in {@code folder}; fails when there is none. */
    public static DevelopmentKey load(Path folder) {
        if (!Files.isRegularFile(folder.resolve(SIGNING_KEY_FILE))) {
            throw new IllegalStateException("no development key in " + folder + " (./duban up makes one)");
        }
        return loadOrCreate(folder);
    }

    /**
     * The key kept in {@code folder}, made at the first call: the signing key readable by the owner only,
     * the verification key set beside it for the services to read.
     */
    public static DevelopmentKey loadOrCreate(Path folder) {
        try {
            Path pem = folder.resolve(SIGNING_KEY_FILE);
            if (Files.isRegularFile(pem) && Files.isRegularFile(folder.resolve(KEY_ID_FILE))) {
                return new DevelopmentKey(Files.readString(folder.resolve(KEY_ID_FILE)).trim(),
                        parsePem(Files.readString(pem, StandardCharsets.US_ASCII)));
            }
            DevelopmentKey key = generate();
            Files.createDirectories(folder);
            Files.writeString(pem, key.signingKeyPem(), StandardCharsets.US_ASCII);
            restrictToOwner(pem);
            Files.writeString(folder.resolve(KEY_ID_FILE), key.keyId + "\n");
            Files.writeString(folder.resolve(VERIFICATION_KEYS_FILE), key.verificationKeySet());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development key in " + folder, e);
        }
    }

    /** A fresh key with a random id. */
    public static DevelopmentKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            byte[] id = new byte[6];
            new SecureRandom().nextBytes(id);
            return new DevelopmentKey(KEY_ID_PREFIX + HexFormat.of().formatHex(id),
                    (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The public half as a JWK set (RFC 7517), the form {@code mp.jwt.verify.publickey.location} reads. */
    public String verificationKeySet() {
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + unsigned(privateKey.getModulus()) + "\",\"e\":\"" + unsigned(privateKey.getPublicExponent())
                + "\"}]}\n";
    }

    /** The private half, which signs the development tokens ({@link TokenIssuer}). */
    java.security.PrivateKey signingKey() {
        return privateKey;
    }

    String signingKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(privateKey.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static RSAPrivateCrtKey parsePem(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("not a PKCS#8 RSA private key", e);
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] magnitude = new byte[bytes.length - skip];
        System.arraycopy(bytes, skip, magnitude, 0, magnitude.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(magnitude);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data folder's own permissions apply
        }
    }
}
