package duban.notification.email;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether e-mail goes out: off while the mailer is mocked ({@code quarkus.mailer.mock=true}, the default of every
 * profile here), so that a local run or a test environment never writes to real people by accident.
 */
@ApplicationScoped
public class EmailSwitch {

    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "true")
    boolean mocked;

    public EmailSwitch() {
    }

    /** A switch fixed as given, for tests without the application. */
    public EmailSwitch(boolean on) {
        this.mocked = !on;
    }

    public boolean on() {
        return !mocked;
    }
}
