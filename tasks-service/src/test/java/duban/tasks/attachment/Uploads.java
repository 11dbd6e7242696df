package duban.tasks.attachment;

import duban.testing.identity.As;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/** Files for the tests to upload: a small PDF of a given size, unique unless asked otherwise. */
public final class Uploads {

    private Uploads() {
    }

    /** A file starting like a PDF, of exactly {@code size} bytes, its bytes made unique by a random tag. */
    public static byte[] pdf(int size) {
        byte[] text = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = Arrays.copyOf(text, Math.max(size, text.length));
        Arrays.fill(file, text.length, file.length, (byte) 'x');
        return file;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads the bytes as a PDF named {@code name} as the caller; answers the hash (asserts 201). */
    public static String upload(RequestSpecification caller, byte[] content, String name) {
        return caller.contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(content).post("/api/v1/attachments").then().statusCode(201).extract().path("sha256");
    }

    /** Uploads as the unit (by id). */
    public static String uploadAsUnit(String unitId, byte[] content, String name) {
        return upload(As.unit(unitId), content, name);
    }
}
