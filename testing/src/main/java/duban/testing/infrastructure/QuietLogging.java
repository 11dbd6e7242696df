package duban.testing.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Raises log categories to WARNING for a while and then restores them: a broker starting in a test
 * JVM prints some two thousand INFO lines (three dumps of its whole configuration among them) before
 * the application's logging configuration exists to tame them.
 *
 * <p>Uses {@code java.util.logging}, which Quarkus' log manager and SLF4J's bridges both honour.
 */
final class QuietLogging implements AutoCloseable {

    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> previous = new ArrayList<>();

    private QuietLogging() {
    }

    static QuietLogging of(String... categories) {
        QuietLogging quiet = new QuietLogging();
        for (String category : categories) {
            Logger logger = Logger.getLogger(category);
            quiet.loggers.add(logger);
            quiet.previous.add(logger.getLevel());
            logger.setLevel(Level.WARNING);
        }
        return quiet;
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).setLevel(previous.get(i));
        }
    }
}
