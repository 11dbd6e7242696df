package duban.tasks.infrastructure.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RequestFingerprintsTest {

    record Amendment(String title, String reason) {
    }

    private static final Amendment WITHOUT_REASON = new Amendment("新标题", null);

    @Test
    void aBodyIsFingerprintedWithItsNullsWhateverTheAnswersLeaveOut() throws Exception {
        ObjectMapper answersWithoutNulls = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

        String fingerprint = new RequestFingerprints(answersWithoutNulls).of("POST", "/api/v1/plans/p1/amendments",
                WITHOUT_REASON);

        assertThat(fingerprint)
                .isEqualTo(new RequestFingerprints(new ObjectMapper()).of("POST", "/api/v1/plans/p1/amendments",
                        WITHOUT_REASON))
                .isEqualTo(sha256("POST /api/v1/plans/p1/amendments\n{\"title\":\"新标题\",\"reason\":null}"));
    }

    @Test
    void anotherBodyOrPathIsAnotherRequest() {
        RequestFingerprints fingerprints = new RequestFingerprints(new ObjectMapper());
        String fingerprint = fingerprints.of("POST", "/api/v1/plans/p1/amendments", WITHOUT_REASON);

        assertThat(fingerprints.of("POST", "/api/v1/plans/p1/amendments", new Amendment("新标题", "更正")))
                .isNotEqualTo(fingerprint);
        assertThat(fingerprints.of("POST", "/api/v1/plans/p2/amendments", WITHOUT_REASON)).isNotEqualTo(fingerprint);
    }

    @Test
    void bytesAreFingerprintedAsTheyAre() throws Exception {
        byte[] upload = "通知正文".getBytes(StandardCharsets.UTF_8);

        assertThat(new RequestFingerprints(new ObjectMapper()).of("POST", "/api/v1/imports/notice", upload))
                .isEqualTo(sha256("POST /api/v1/imports/notice\n通知正文"));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
