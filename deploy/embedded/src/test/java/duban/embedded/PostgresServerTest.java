package duban.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    /** No DUBAN_PG_URL: whatever the machine's environment says, these tests mean the embedded server. */
    private static final Map<String, String> NO_EXTERNAL = Map.of();

    @Test
    void runsSqlCreatesDatabasesIdempotentlyAndIsGoneAfterClose() throws Exception {
        PostgresServer server = PostgresServer.builder().environment(NO_EXTERNAL).start();
        int port = server.port();
        try {
            assertThat(server.isExternal()).isFalse();
            assertThat(scalar(server, "postgres", "SHOW server_version")).startsWith("17.");

            server.ensureDatabase("tasks");
            server.ensureDatabase("tasks");

            try (Connection tasks = server.open("tasks"); Statement sql = tasks.createStatement()) {
                sql.execute("CREATE TABLE unit (id text PRIMARY KEY, name text NOT NULL)");
                sql.execute("INSERT INTO unit VALUES ('hongqi', '红旗区')");
            }
            assertThat(scalar(server, "tasks", "SELECT name FROM unit WHERE id = 'hongqi'")).isEqualTo("红旗区");
            assertThat(server.jdbcUrl("tasks")).isEqualTo("jdbc:postgresql://localhost:" + port + "/tasks");
            assertThat(server.reactiveUrl("tasks")).isEqualTo("postgresql://localhost:" + port + "/tasks");
        } finally {
            server.close();
        }
        assertThat(FreePorts.isListening(port)).as("PostgreSQL port after close").isFalse();
    }

    @Test
    void anExternalServerIsUsedAsConfiguredAndNotStopped() throws Exception {
        try (PostgresServer embedded = PostgresServer.builder().environment(NO_EXTERNAL).start()) {
            Map<String, String> environment = Map.of(
                    PostgresServer.URL_VARIABLE, embedded.adminJdbcUrl(),
                    PostgresServer.USER_VARIABLE, "postgres",
                    PostgresServer.PASSWORD_VARIABLE, "secret");

            PostgresServer external = PostgresServer.builder().environment(environment).start();
            assertThat(external.isExternal()).isTrue();
            assertThat(external.port()).isEqualTo(embedded.port());
            assertThat(external.password()).isEqualTo("secret");
            external.ensureDatabase("reporting");
            external.close();

            assertThat(FreePorts.isListening(embedded.port())).as("external server after close").isTrue();
            assertThat(scalar(embedded, "reporting", "SELECT current_database()")).isEqualTo("reporting");
        }
    }

    @Test
    void aKeptDataFolderKeepsItsDatabasesAcrossRestarts(@TempDir Path dataDir) throws Exception {
        try (PostgresServer first = PostgresServer.builder().environment(NO_EXTERNAL).dataDir(dataDir).start()) {
            first.ensureDatabase("notification");
            try (Connection c = first.open("notification"); Statement sql = c.createStatement()) {
                sql.execute("CREATE TABLE reminder (reminder_key text PRIMARY KEY)");
                sql.execute("INSERT INTO reminder VALUES ('before-reporting-day/task-1/hongqi/2017-11-20')");
            }
        }
        try (PostgresServer second = PostgresServer.builder().environment(NO_EXTERNAL).dataDir(dataDir).start()) {
            assertThat(scalar(second, "notification", "SELECT count(*) FROM reminder")).isEqualTo("1");
        }
    }

    @Test
    void aKeptDataFolderIsDurableWhileATemporaryOneIsNot(@TempDir Path dataDir) throws Exception {
        try (PostgresServer kept = PostgresServer.builder().environment(NO_EXTERNAL).dataDir(dataDir).start()) {
            assertThat(scalar(kept, "postgres", "SHOW fsync")).isEqualTo("on");
            assertThat(scalar(kept, "postgres", "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(scalar(kept, "postgres", "SHOW full_page_writes")).isEqualTo("on");
        }
        try (PostgresServer temporary = PostgresServer.builder().environment(NO_EXTERNAL).start()) {
            assertThat(scalar(temporary, "postgres", "SHOW fsync")).isEqualTo("off");
        }
    }

    @Test
    void refusesADatabaseNameThatIsNotAPlainIdentifier() {
        PostgresServer notStarted = PostgresServer.connect("jdbc:postgresql://localhost:1/postgres", "u", "p");
        assertThatThrownBy(() -> notStarted.ensureDatabase("x\"; DROP DATABASE postgres; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String scalar(PostgresServer server, String database, String query) throws SQLException {
        try (Connection c = server.open(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
