package duban.notification.email;

import static duban.testing.ledger.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitCategory;
import duban.events.unit.UnitRegistered;
import duban.notification.MutableClock;
import duban.notification.delivery.Dispatcher;
import duban.notification.reminder.ReminderTick;
import duban.testing.identity.As;
import duban.view.store.SafeContext;
import duban.testing.ledger.LedgerTopicWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders reach a unit's contacts by e-mail, through a real SMTP server: each active contact gets one letter in
 * Chinese, a removed one none, the supervisors' contacts the overdue copies; an outage of the mail server delays only
 * the e-mail, which arrives once when the server is back.
 */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class EmailRemindersTest {

    private static final String CODE = "二.(一).1";
    private static final String TITLE = "培育高新技术企业";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    @Inject
    MutableClock clock;

    @Inject
    ReminderTick tick;

    @Inject
    Dispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Vertx vertx;

    private LedgerTopicWriter topic;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String plan = "plan-" + suffix;
    private final String task = "task-" + suffix;
    private final String unit = "kjj-" + suffix;
    private final String unitName = "新乡市科学技术局" + suffix;
    private final String first = "kjj-" + suffix + "@xinxiang.gov.cn";
    private final String second = "li-" + suffix + "@新乡.中国";
    private final String secondStored = "li-" + suffix + "@xn--wjq018c.xn--fiqs8s";
    private final String removed = "old-" + suffix + "@xinxiang.gov.cn";
    private final String supervisors = "dcs-" + suffix + "@xinxiang.gov.cn";
    private String supervisorsContact;

    @BeforeEach
    void writeATaskAndItsContacts() {
        SmtpServer.startServer();
        topic = new LedgerTopicWriter(bootstrap);
        clock.set(shanghai("2017-10-31T12:00"));
        topic.write(new UnitRegistered(unit, unitName, UnitCategory.CITY_DEPARTMENT, List.of()),
                shanghai("2017-10-31T10:00"));
        topic.write(new PlanRegistered(plan, "方案", null, null, LocalDate.parse("2017-11-01"), List.of(5, 20),
                "Asia/Shanghai", ReportingDayPolicy.NEXT_WORKING_DAY), shanghai("2017-10-31T10:00"));
        topic.write(new TaskCreated(task, plan, null, CODE, TITLE, null, List.of(unit), List.of(), null),
                shanghai("2017-10-31T10:00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                As.unit(unit).get("/api/v1/units/{u}/schedule", unit).then().body("obligations", hasSize(1)));

        addContact(unit, "张科长", first);
        addContact(unit, "李主任", second);
        String gone = addContact(unit, "已调离", removed);
        As.unit(unit).delete("/api/v1/units/{u}/contacts/{id}", unit, gone).then().statusCode(204);
        supervisorsContact = addContact("SUPERVISORS", "督查室", supervisors);
        As.unit(unit).get("/api/v1/units/{u}/contacts", unit).then().body("emailOn", equalTo(true))
                .body("contacts.address", contains(first, secondStored));
    }

    @AfterEach
    void tidyUp() {
        SmtpServer.startServer();
        As.supervisor().delete("/api/v1/units/SUPERVISORS/contacts/{id}", supervisorsContact).then().statusCode(204);
        topic.close();
    }

    private static String addContact(String unitId, String name, String address) {
        return As.supervisor().contentType(ContentType.JSON).body(Map.of("name", name, "address", address))
                .post("/api/v1/units/{u}/contacts", unitId).then().statusCode(201).extract().path("id");
    }

    /** Tries the due deliveries at once, as the dispatcher does every two seconds (on a safe Vert.x context). */
    private Uni<Integer> dispatch() {
        return SafeContext.run(vertx, dispatcher::dispatch);
    }

    private void runAt(String localDateTime) {
        clock.set(shanghai(localDateTime));
        tick.run().await().atMost(Duration.ofSeconds(30));
    }

    private static List<MimeMessage> to(String address) {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : SmtpServer.received()) {
            try {
                for (jakarta.mail.Address recipient : message.getRecipients(Message.RecipientType.TO)) {
                    if (recipient.toString().equalsIgnoreCase(address)) {
                        messages.add(message);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return messages;
    }

    @Test
    void aReminderReachesEveryActiveContactInChineseAndTheOverdueCopyTheSupervisors() throws Exception {
        runAt("2017-11-01T09:00");
        await().atMost(Duration.ofSeconds(20)).until(() -> to(first).size() == 1 && to(secondStored).size() == 1);
        assertThat(to(removed)).isEmpty();
        String reminderId = As.unit(unit).get("/api/v1/units/{u}/notifications", unit).then()
                .body("items.kind", contains("REPORT_DUE_SOON")).extract().path("items[0].id");

        MimeMessage letter = to(first).get(0);
        assertThat(letter.getSubject()).isEqualTo("【督办】报送提醒：" + CODE + " " + TITLE);
        assertThat(letter.getHeader("Subject")[0]).startsWith("=?UTF-8?").doesNotContain("督办");
        assertThat(letter.getFrom()[0].toString()).isEqualTo(from);
        assertThat(letter.getRecipients(Message.RecipientType.TO)).hasSize(1);
        assertThat(letter.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(letter.getHeader("Message-ID")[0]).startsWith("<" + reminderId + ".").endsWith("@localhost>");
        assertThat(to(secondStored).get(0).getHeader("Message-ID")[0])
                .isNotEqualTo(letter.getHeader("Message-ID")[0]);

        String text = part(letter, "text/plain");
        String html = part(letter, "text/html");
        for (String body : List.of(text, html)) {
            assertThat(body).contains(unitName + "：")
                    .contains("请于2017年11月6日前报送「" + CODE + " " + TITLE + "」2017年11月5日期进展情况。")
                    .contains(CODE + " " + TITLE)
                    .contains("2017年11月5日期进展情况")
                    .contains("2017年11月6日")
                    .contains("2017年11月1日 09:00")
                    .contains("贵单位是该任务的牵头单位")
                    .doesNotContain("延后发出");
        }
        assertThat(text).contains("截止日期：2017年11月6日").contains("发送时间：2017年11月1日 09:00");
        assertThat(html).contains("<td>2017年11月6日</td>");

        // Missed: the unit and, copied, the supervisors' contact hear of it (the dispatcher sends the letters in no
        // particular order, so both are awaited).
        runAt("2017-11-07T09:00");
        await().atMost(Duration.ofSeconds(20)).until(() -> to(supervisors).stream().anyMatch(m ->
                subject(m).equals("【督办】逾期未报：" + CODE + " " + TITLE + "（" + unitName + "）"))
                && to(first).stream().anyMatch(m -> subject(m).equals("【督办】逾期未报：" + CODE + " " + TITLE)));
        // The supervisors also get the copy of the unacknowledged task (逾期未签收), in no particular order.
        MimeMessage copy = to(supervisors).stream()
                .filter(m -> subject(m).equals("【督办】逾期未报：" + CODE + " " + TITLE + "（" + unitName + "）"))
                .findFirst().orElseThrow();
        assertThat(part(copy, "text/plain")).startsWith("督查室：")
                .contains(unitName + "「" + CODE + " " + TITLE + "」2017年11月5日期进展情况应于2017年11月6日前报送，至今未报送。")
                .contains("逾期事项抄送督查室：" + unitName + "是该任务的牵头单位。");
        assertThat(to(first)).extracting(EmailRemindersTest::subject)
                .contains("【督办】逾期未报：" + CODE + " " + TITLE);
        assertThat(to(removed)).isEmpty();
    }

    @Test
    void whileTheMailServerIsDownTheInboxHasTheReminderAndTheLetterArrivesOnceWhenItIsBack() throws Exception {
        SmtpServer.stopServer();
        runAt("2017-11-01T09:00");
        As.unit(unit).get("/api/v1/units/{u}/notifications", unit).then()
                .body("items.kind", contains("REPORT_DUE_SOON"));
        // The dispatcher's first try may still be in flight (SENDING); its refusal must be written down.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(deliveries()).hasSize(2).allSatisfy(row -> {
                    assertThat(row[1]).isEqualTo("PENDING");
                    assertThat((Integer) row[2]).isGreaterThanOrEqualTo(1);
                    assertThat((String) row[3]).isNotBlank();
                }));

        SmtpServer.startServer();
        // The backoff after the first failed try (10 s) has passed.
        clock.set(shanghai("2017-11-01T09:10"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            dispatch().await().atMost(Duration.ofSeconds(20));
            assertThat(deliveries()).extracting(row -> row[1]).containsOnly("DELIVERED");
        });
        clock.set(shanghai("2017-11-01T12:00"));
        dispatch().await().atMost(Duration.ofSeconds(20));
        tick.run().await().atMost(Duration.ofSeconds(30));
        assertThat(to(first)).hasSize(1);
        assertThat(to(secondStored)).hasSize(1);
        assertThat(subject(to(first).get(0))).isEqualTo("【督办】报送提醒：" + CODE + " " + TITLE);
    }

    /** The task's e-mail deliveries: target, status, attempts, last error. */
    private List<Object[]> deliveries() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select d.target, d.status, d.attempts, d.last_error from delivery d
                     join reminder r on r.id = d.reminder_id
                     where r.task_id = ? and d.channel = 'EMAIL' order by d.target""")) {
            query.setString(1, task);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Object[] {row.getString(1), row.getString(2), row.getInt(3), row.getString(4)});
                }
            }
            return rows;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body part of that type, which must say it is UTF-8. */
    private static String part(MimeMessage message, String type) throws MessagingException, IOException {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith(type)) {
                assertThat(part.getContentType().toLowerCase().replace("\"", "")).contains("charset=utf-8");
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part in " + message.getContentType());
    }
}
