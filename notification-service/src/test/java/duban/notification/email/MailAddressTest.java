package duban.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a contact may give, and the form they are kept in. */
class MailAddressTest {

    @Test
    void aPlainAddressIsKeptWithItsDomainInLowerCase() {
        assertThat(MailAddress.normalize("Zhang.San@XinXiang.GOV.cn")).isEqualTo("Zhang.San@xinxiang.gov.cn");
        assertThat(MailAddress.normalize("  kjj+duban@xinxiang.gov.cn\t")).isEqualTo("kjj+duban@xinxiang.gov.cn");
        assertThat(MailAddress.normalize("o'brien@example.com")).isEqualTo("o'brien@example.com");
    }

    @Test
    void anInternationalizedDomainIsKeptInAscii() {
        assertThat(MailAddress.normalize("kjj@新乡.中国")).isEqualTo("kjj@xn--wjq018c.xn--fiqs8s");
        assertThat(MailAddress.normalize("kjj@新乡。中国")).isEqualTo("kjj@xn--wjq018c.xn--fiqs8s");
        assertThat(MailAddress.normalize("kjj@BÜCHER.example")).isEqualTo("kjj@xn--bcher-kva.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "张科长 <kjj@xinxiang.gov.cn>",
            "<kjj@xinxiang.gov.cn>",
            "\"kjj\"@xinxiang.gov.cn",
            "\"a b\"@xinxiang.gov.cn",
            "kjj@[10.0.0.1]",
            "kjj@[IPv6:::1]",
            "kjj@10.0.0.1",
            "kjj@xinxiang.gov.cn, fgw@xinxiang.gov.cn",
            "kjj@xinxiang.gov.cn;fgw@xinxiang.gov.cn",
            "kjj@xinxiang.gov.cn\r\nBcc: all@example.com",
            "kjj@xinxiang.gov.cn\n",
            "kjj@xinxiang.gov.cn\u0000",
            "k jj@xinxiang.gov.cn",
            "kjj(comment)@xinxiang.gov.cn",
            "kjj@@xinxiang.gov.cn",
            "kjj@xinxiang@gov.cn",
            "kjj",
            "@xinxiang.gov.cn",
            "kjj@",
            "kjj@localhost",
            ".kjj@xinxiang.gov.cn",
            "kjj.@xinxiang.gov.cn",
            "k..jj@xinxiang.gov.cn",
            "科技局@xinxiang.gov.cn",
            "kjj@-xinxiang.gov.cn",
            "kjj@xinxiang..gov.cn",
            "kjj@xin_xiang.gov.cn",
            "",
            "   "})
    void anythingButOnePlainMailboxIsRefused(String address) {
        assertThatThrownBy(() -> MailAddress.normalize(address)).isInstanceOf(MailAddress.Invalid.class);
    }

    @Test
    void smtpLengthsAreKept() {
        String local64 = "a".repeat(64);
        assertThat(MailAddress.normalize(local64 + "@x.cn")).startsWith(local64);
        assertThatThrownBy(() -> MailAddress.normalize("a".repeat(65) + "@x.cn"))
                .isInstanceOf(MailAddress.Invalid.class).hasMessageContaining("64");

        String label = "b".repeat(63);
        String domain252 = String.join(".", label, label, label, "c".repeat(60));
        assertThat(MailAddress.normalize("a@" + domain252)).hasSize(254);
        assertThatThrownBy(() -> MailAddress.normalize("ab@" + domain252))
                .isInstanceOf(MailAddress.Invalid.class).hasMessageContaining("254");
        assertThatThrownBy(() -> MailAddress.normalize("a@d." + domain252))
                .isInstanceOf(MailAddress.Invalid.class).hasMessageContaining("253");
    }
}
