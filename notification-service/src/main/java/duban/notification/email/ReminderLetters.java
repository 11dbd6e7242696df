package duban.notification.email;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The letter's two bodies, from {@code templates/ReminderLetters/}: plain text and HTML (escaped by Qute). */
@CheckedTemplate(basePath = "ReminderLetters")
final class ReminderLetters {

    private ReminderLetters() {
    }

    static native TemplateInstance letterText(Letter letter);

    static native TemplateInstance letterHtml(Letter letter);
}
