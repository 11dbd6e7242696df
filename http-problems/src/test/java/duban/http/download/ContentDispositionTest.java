package duban.http.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aChineseNameTravelsPercentEncodedBesideAnAsciiFallback() {
        String header = ContentDisposition.attachment("ledger-p1.xlsx", "科技创新 工作台账*.xlsx");

        assertThat(header).startsWith("attachment; filename=\"ledger-p1.xlsx\"; filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(encoded).doesNotContain(" ", "+", "*");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("科技创新 工作台账*.xlsx");
    }

    @Test
    void theFallbackCannotBreakOutOfItsQuotes() {
        assertThat(ContentDisposition.attachment("a\"b\\c%d\r\n名.pdf", "x"))
                .startsWith("attachment; filename=\"a_b_c_d___.pdf\";");
    }

    @Test
    void partsOfANameLoseWhatAFileSystemRefuses() {
        assertThat(ContentDisposition.idPart("新政办〔2017〕102号/x")).isEqualTo("____2017_102__x");
        assertThat(ContentDisposition.titlePart(" 关于 印发/方案:\n通知 ", 80)).isEqualTo("关于 印发 方案 通知");
        assertThat(ContentDisposition.titlePart("很长的标题", 2)).isEqualTo("很长");
        assertThat(ContentDisposition.titlePart(null, 80)).isEmpty();
    }
}
