package duban.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import duban.notification.delivery.Channel;
import duban.notification.delivery.SentReminder;
import io.vertx.ext.mail.SMTPException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The EMAIL channel without the application: off while the mailer is mocked, and what a refusal records. */
class EmailChannelTest {

    private static final SentReminder REMINDER = new SentReminder("r-1", "key", "URGED", "t-1", "p-1", "一.1",
            "kjj", "kjj", "u-1", LocalDate.parse("2017-11-01"), Instant.parse("2017-11-01T01:00:00Z"),
            Instant.parse("2017-11-01T01:00:00Z"), false, "催办：一.1", "督查室催办「一.1 任务」。");

    @Test
    void withTheMailerMockedTheChannelReachesNobodyAndReadsNoContacts() {
        EmailChannel channel = new EmailChannel();
        channel.email = new EmailSwitch(false);
        // No session and no contact store: an e-mail switched off must not need them.
        assertThat(channel.targets(null, REMINDER).await().indefinitely()).isEmpty();
    }

    @Test
    void aRefusedSendRecordsTheServersReplyCode() {
        Channel.Outcome outcome = EmailChannel.refused(new RuntimeException("send failed",
                new SMTPException("550 5.1.1 no such mailbox", 550, List.of("5.1.1 no such mailbox"), true)));
        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.status()).isEqualTo(550);
        assertThat(outcome.error()).contains("no such mailbox");

        Channel.Outcome unreachable = EmailChannel.refused(new java.net.ConnectException("Connection refused"));
        assertThat(unreachable.status()).isNull();
        assertThat(unreachable.error()).contains("Connection refused");
    }

    @Test
    void aDeliveryKeepsOneMessageIdAcrossTries() {
        EmailChannel channel = new EmailChannel();
        channel.from = "duban-noreply@xinxiang.gov.cn";
        assertThat(channel.messageId(REMINDER, "kjj@xinxiang.gov.cn"))
                .isEqualTo(channel.messageId(REMINDER, "KJJ@xinxiang.gov.cn"))
                .isNotEqualTo(channel.messageId(REMINDER, "li@xinxiang.gov.cn"))
                .startsWith("<r-1.").endsWith("@xinxiang.gov.cn>");
    }
}
