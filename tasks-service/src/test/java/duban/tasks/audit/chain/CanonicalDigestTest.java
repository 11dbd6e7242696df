package duban.tasks.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CanonicalDigestTest {

    @Test
    void fieldsAreLengthPrefixedSoThatNoTwoSplitsCollide() {
        assertThat(new CanonicalDigest("t").field("ab").field("c").hex())
                .isNotEqualTo(new CanonicalDigest("t").field("a").field("bc").hex());
        assertThat(new CanonicalDigest("t").field("1:a").hex())
                .isNotEqualTo(new CanonicalDigest("t").field("1").field("a").hex());
    }

    @Test
    void nullDiffersFromEmptyText() {
        assertThat(new CanonicalDigest("t").field((String) null).hex())
                .isNotEqualTo(new CanonicalDigest("t").field("").hex());
    }

    @Test
    void theBytesAreUtf8LengthColonValue() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("3:tag".getBytes(StandardCharsets.UTF_8));
        sha.update("9:督办单".getBytes(StandardCharsets.UTF_8));
        sha.update("-1:".getBytes(StandardCharsets.UTF_8));
        sha.update("2:42".getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(sha.digest());

        assertThat(new CanonicalDigest("tag").field("督办单").field((String) null).field(42).hex()).isEqualTo(expected);
    }
}
