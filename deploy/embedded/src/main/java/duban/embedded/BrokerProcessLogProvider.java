package duban.embedded;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider that prints to standard error, for the broker started by
 * {@link KafkaBrokerProcess} only.
 *
 * <p>Why it exists: the Kafka jars bring no SLF4J binding, so a broker JVM on this module's class
 * path would log nothing at all, and a failed start would leave an empty log file. It is not
 * registered as a service (that would make it compete with the logging of every JVM that has this
 * module); the broker JVM selects it explicitly with {@code -Dslf4j.provider}. The level comes from
 * {@code -Dduban.embedded.log.level} (default INFO).
 */
public final class BrokerProcessLogProvider implements SLF4JServiceProvider {

    /** The system property that sets the lowest level printed. */
    public static final String LEVEL_PROPERTY = "duban.embedded.log.level";

    private ILoggerFactory loggerFactory;
    private IMarkerFactory markerFactory;
    private MDCAdapter mdcAdapter;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        Level threshold = Level.valueOf(System.getProperty(LEVEL_PROPERTY, "INFO").toUpperCase(Locale.ROOT));
        Map<String, Logger> loggers = new ConcurrentHashMap<>();
        loggerFactory = name -> loggers.computeIfAbsent(name, n -> new StderrLogger(n, threshold));
        markerFactory = new BasicMarkerFactory();
        mdcAdapter = new NOPMDCAdapter();
    }

    /** One line per event on standard error, which the broker's launcher sends to its log file. */
    private static final class StderrLogger extends LegacyAbstractLogger {

        private static final long serialVersionUID = 1L;
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

        private final transient Level threshold;

        StderrLogger(String name, Level threshold) {
            this.name = name;
            this.threshold = threshold;
        }

        private boolean enabled(Level level) {
            return level.toInt() >= threshold.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                Throwable throwable) {
            String line = "[" + LocalDateTime.now().format(TIME) + "] " + level + " " + name + " - "
                    + MessageFormatter.basicArrayFormat(pattern, arguments);
            PrintStream err = System.err;
            synchronized (err) {
                err.println(line);
                if (throwable != null) {
                    throwable.printStackTrace(err);
                }
            }
        }
    }
}
