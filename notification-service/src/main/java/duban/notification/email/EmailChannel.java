package duban.notification.email;

import duban.notification.delivery.Channel;
import duban.notification.delivery.SentReminder;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * {@code EMAIL}: one letter per active contact of the recipient (the supervisors' contacts for their copies), none
 * while e-mail is off. A letter has a Chinese subject, a plain-text and an HTML body, is marked
 * {@code Auto-Submitted: auto-generated} (no vacation replies) and keeps one Message-ID across every try of its
 * delivery, so that a letter sent twice after a lost answer is recognized as one.
 */
@ApplicationScoped
public class EmailChannel implements Channel {

    public static final String NAME = "EMAIL";

    @Inject
    EmailSwitch email;

    @Inject
    ContactStore contacts;

    @Inject
    LetterWriter letters;

    @Inject
    ReactiveMailer mailer;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<List<String>> targets(Mutiny.Session session, SentReminder reminder) {
        if (!email.on()) {
            return Uni.createFrom().item(List.of());
        }
        return contacts.activeAddresses(session, reminder.recipient());
    }

    @Override
    public Uni<Map<String, List<String>>> targetsOf(Mutiny.Session session, List<SentReminder> reminders) {
        if (!email.on()) {
            return Uni.createFrom().item(Map.of());
        }
        Set<String> recipients = reminders.stream().map(SentReminder::recipient).collect(Collectors.toSet());
        return contacts.activeAddresses(session, recipients).map(byUnit -> {
            Map<String, List<String>> byReminder = new HashMap<>();
            for (SentReminder reminder : reminders) {
                byReminder.put(reminder.id(), byUnit.getOrDefault(reminder.recipient(), List.of()));
            }
            return byReminder;
        });
    }

    @Override
    public Uni<Outcome> deliver(SentReminder reminder, String target) {
        return Uni.createFrom().deferred(() -> {
                    Letter letter = letters.write(reminder);
                    return ReminderLetters.letterText(letter).createUni()
                            .chain(text -> ReminderLetters.letterHtml(letter).createUni()
                                    .map(html -> Mail.withText(target, letter.subject(), text).setHtml(html)))
                            .map(mail -> mail.addHeader("Message-ID", messageId(reminder, target))
                                    .addHeader("Auto-Submitted", "auto-generated"))
                            .chain(mail -> mailer.send(mail));
                })
                .map(sent -> Outcome.ok(null))
                .onFailure().recoverWithItem(EmailChannel::refused);
    }

    /** The same for every try of one delivery (one reminder to one address), and for no other. */
    String messageId(SentReminder reminder, String target) {
        UUID address = UUID.nameUUIDFromBytes(target.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return "<" + reminder.id() + "." + address + "@" + domainOf(from) + ">";
    }

    private static String domainOf(String from) {
        String domain = from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip();
        return domain.isEmpty() ? "duban.invalid" : domain;
    }

    /** A refusal with the server's reply code where it gave one (550 no such mailbox, 421 busy…). */
    static Outcome refused(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                return Outcome.failed(smtp.getReplyCode(), smtp.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Outcome.failed(null, String.valueOf(error));
    }
}
