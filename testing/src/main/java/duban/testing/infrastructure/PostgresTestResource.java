package duban.testing.infrastructure;

import duban.embedded.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at a real PostgreSQL: the external one when {@code DUBAN_PG_URL} is
 * set, otherwise one embedded server on a free port for the whole JVM, shared by every test class and
 * profile, stopped when the JVM exits.
 *
 * <p>Init arg {@code database} (default {@code duban}): the database created if missing and
 * configured as the default datasource, for both JDBC and reactive clients.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "duban";

    @Override
    public void init(Map<String, String> initArgs) {
        database = PostgresServer.checkDatabaseName(initArgs.getOrDefault("database", "duban"));
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = SharedInfrastructure.postgres();
        server.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", server.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", server.reactiveUrl(database));
        config.put("quarkus.datasource.username", server.username());
        config.put("quarkus.datasource.password", server.password());
        config.put("quarkus.datasource.devservices.enabled", "false");
        return config;
    }

    /** The server outlives this resource: the next test profile uses it again. */
    @Override
    public void stop() {
        // Stopped by the JVM shutdown hook of SharedInfrastructure.
    }
}
