package duban.tasks.imports;

import duban.tasks.notice.model.PlanHeader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a notice across imports: its 文号 (新政办〔2017〕102号), else its title; a notice with
 * neither is known by its text alone, so only the very same text imports idempotently.
 */
public final class PlanKey {

    private PlanKey() {
    }

    public static String of(PlanHeader header, String text) {
        if (header.docNumber() != null && !header.docNumber().isBlank()) {
            return header.docNumber();
        }
        if (header.title() != null && !header.title().isBlank()) {
            return header.title();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
