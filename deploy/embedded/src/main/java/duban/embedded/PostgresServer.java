package duban.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * A real PostgreSQL: an embedded PostgreSQL 17 (zonky binaries) on a loopback port, or the external
 * server named by the environment variables {@value #URL_VARIABLE} (an admin JDBC URL),
 * {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}. An external server is only connected
 * to: nothing is started or stopped.
 *
 * <p>Each service keeps its own database in the one server ({@link #ensureDatabase(String)}).
 *
 * <p>Running as root: PostgreSQL refuses to run as root; zonky's launcher runs {@code initdb},
 * {@code pg_ctl} and {@code postgres} inside a new user namespace ({@code unshare -U}) when the JVM is
 * root, where they see an unprivileged uid. Where that is impossible, {@link RootUser} fails the
 * start with an explanation instead of initdb's terse error.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String URL_VARIABLE = "DUBAN_PG_URL";
    public static final String USER_VARIABLE = "DUBAN_PG_USER";
    public static final String PASSWORD_VARIABLE = "DUBAN_PG_PASSWORD";

    /** The superuser of the embedded server; it authenticates by trust, so the password is ignored. */
    static final String EMBEDDED_USER = "postgres";
    static final String EMBEDDED_PASSWORD = "postgres";

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    private static final String DUPLICATE_DATABASE = "42P04";

    private final PostgresAddress address;
    private final String username;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(PostgresAddress address, String username, String password, EmbeddedPostgres embedded) {
        this.address = address;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    /** The external server when {@value #URL_VARIABLE} is set, otherwise an embedded one with a temporary data folder. */
    public static PostgresServer start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A server that is already running; {@link #close()} leaves it running. */
    public static PostgresServer connect(String adminJdbcUrl, String username, String password) {
        return new PostgresServer(PostgresAddress.parse(adminJdbcUrl), username, password == null ? "" : password, null);
    }

    /**
     * The name unchanged if a database may have it here: names are interpolated into {@code CREATE DATABASE},
     * so only plain lower-case identifiers pass; anything else is an {@link IllegalArgumentException}.
     */
    public static String checkDatabaseName(String name) {
        return PostgresAddress.checkDatabaseName(name);
    }

    /** Whether this server was not started here (and so is not stopped here). */
    public boolean isExternal() {
        return embedded == null;
    }

    public String host() {
        return address.host();
    }

    public int port() {
        return address.port();
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The JDBC URL of a database of this server, e.g. {@code jdbc:postgresql://localhost:5432/tasks}. */
    public String jdbcUrl(String database) {
        return address.jdbcUrl(database);
    }

    /** The Vert.x URL of a database, e.g. {@code postgresql://localhost:5432/tasks}. */
    public String reactiveUrl(String database) {
        return address.reactiveUrl(database);
    }

    /** The admin connection's URL (the maintenance database, usually {@code postgres}). */
    public String adminJdbcUrl() {
        return address.jdbcUrl(address.adminDatabase());
    }

    /** Opens a JDBC connection to a database of this server; the caller closes it. */
    public Connection open(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", username);
        props.setProperty("password", password);
        // The driver instance, not DriverManager: DriverManager hides drivers of other class loaders (Quarkus tests).
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), props);
        if (connection == null) {
            throw new SQLException("driver refused " + jdbcUrl(database));
        }
        return connection;
    }

    /**
     * Creates the database unless it exists. Safe to call again and concurrently: a creation that
     * loses a race to another is fine.
     */
    public void ensureDatabase(String name) {
        PostgresAddress.checkDatabaseName(name);
        try (Connection admin = open(address.adminDatabase())) {
            if (exists(admin, name)) {
                return;
            }
            try (Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
            } catch (SQLException e) {
                // Two creations at once: the loser is told 42P04, or 23505 when both passed the catalogue's check
                // before either inserted its row. Either way the database is there now.
                if (!DUPLICATE_DATABASE.equals(e.getSQLState()) && !exists(admin, name)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ensure database " + name + " on " + adminJdbcUrl(), e);
        }
    }

    private static boolean exists(Connection admin, String name) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Stops the embedded server (and deletes a temporary data folder); an external server is left alone. */
    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL on port " + port() + " did not stop cleanly", e);
        }
    }

    /** Options of {@link PostgresServer#start()}. */
    public static final class Builder {

        private Map<String, String> environment = System.getenv();
        private int port;
        private Path dataDir;
        private Duration startupTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /** Where {@value #URL_VARIABLE} and friends are read from (default: the process environment). */
        public Builder environment(Map<String, String> environment) {
            this.environment = Objects.requireNonNull(environment);
            return this;
        }

        /** The embedded server's port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Keeps the embedded server's data in this folder: initialised when empty, reused (with its
         * databases) when it holds a cluster already. Default: a temporary folder deleted on close.
         */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** How long to wait for the embedded server to accept connections (default 60 s). */
        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = startupTimeout;
            return this;
        }

        public PostgresServer start() {
            String url = environment.get(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                PostgresServer external = connect(url.trim(), environment.getOrDefault(USER_VARIABLE, EMBEDDED_USER),
                        environment.getOrDefault(PASSWORD_VARIABLE, ""));
                LOG.log(System.Logger.Level.INFO, () -> "Using the external PostgreSQL at " + external.adminJdbcUrl()
                        + " (" + URL_VARIABLE + " is set)");
                return external;
            }
            return startEmbedded();
        }

        private PostgresServer startEmbedded() {
            RootUser.checkPostgresCanRun();
            long began = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(startupTimeout)
                    .setLocaleConfig("locale", "C");
            if (port != 0) {
                builder.setPort(port);
            }
            if (dataDir == null) {
                // Throw-away data: durability buys nothing and costs test time.
                builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
            } else {
                // A kept folder holds the ledger: an answered write must survive a crash of the server or the
                // machine. zonky starts postgres with -F (fsync off) and synchronous_commit=off; a later -c wins.
                builder.setDataDirectory(Directories.createIfMissing(dataDir.toAbsolutePath()))
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres pg;
            try {
                pg = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            PostgresServer server = new PostgresServer(
                    new PostgresAddress("localhost", pg.getPort(), "postgres", null), EMBEDDED_USER, EMBEDDED_PASSWORD, pg);
            long millis = (System.nanoTime() - began) / 1_000_000;
            LOG.log(System.Logger.Level.INFO, () -> "Embedded PostgreSQL ready on port " + pg.getPort() + " in " + millis
                    + " ms (" + (dataDir == null ? "temporary" : "kept") + " data folder)");
            return server;
        }
    }
}
