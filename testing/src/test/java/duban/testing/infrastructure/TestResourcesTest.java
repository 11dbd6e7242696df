package duban.testing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import duban.embedded.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/**
 * The Quarkus test resources as Quarkus drives them: init, start, stop, again for the next profile,
 * possibly from another class loader. The shared infrastructure they start stops at JVM exit.
 */
class TestResourcesTest {

    @Test
    void kafkaResourceSharesOneBrokerAcrossStartsAndClassLoaders() throws Exception {
        Map<String, String> first = start(new KafkaTestResource(), Map.of("topics", "duban.test.a, duban.test.b"));
        Map<String, String> second = start(new KafkaTestResource(), Map.of());
        Map<String, String> fromOtherLoader = startInIsolatedClassLoader(KafkaTestResource.class, Map.of());

        assertThat(first).containsEntry("quarkus.kafka.devservices.enabled", "false")
                .containsEntry("quarkus.log.category.\"kafka\".level", "WARN")
                .containsKey("kafka.bootstrap.servers");
        assertThat(second.get("kafka.bootstrap.servers")).isEqualTo(first.get("kafka.bootstrap.servers"));
        assertThat(fromOtherLoader.get("kafka.bootstrap.servers")).isEqualTo(first.get("kafka.bootstrap.servers"));

        Properties props = new Properties();
        props.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, first.get("kafka.bootstrap.servers"));
        try (Admin admin = Admin.create(props)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("duban.test.a", "duban.test.b");
        }
    }

    @Test
    void postgresResourceCreatesTheNamedDatabaseOnOneSharedServer() throws Exception {
        Map<String, String> tasks = start(new PostgresTestResource(), Map.of("database", "tasks"));
        Map<String, String> fallback = start(new PostgresTestResource(), Map.of());
        Map<String, String> fromOtherLoader =
                startInIsolatedClassLoader(PostgresTestResource.class, Map.of("database", "reporting"));

        assertThat(tasks.get("quarkus.datasource.jdbc.url")).endsWith("/tasks");
        assertThat(tasks.get("quarkus.datasource.reactive.url")).startsWith("postgresql://").endsWith("/tasks");
        assertThat(tasks).containsEntry("quarkus.datasource.devservices.enabled", "false");
        assertThat(fallback.get("quarkus.datasource.jdbc.url")).endsWith("/duban");
        assertThat(fromOtherLoader.get("quarkus.datasource.jdbc.url"))
                .isEqualTo(tasks.get("quarkus.datasource.jdbc.url").replace("/tasks", "/reporting"));

        for (Map<String, String> config : List.of(tasks, fallback, fromOtherLoader)) {
            PostgresServer server = PostgresServer.connect(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
            String database = config.get("quarkus.datasource.jdbc.url").replaceAll(".*/", "");
            try (Connection c = server.open(database); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(database);
            }
        }
    }

    private static Map<String, String> start(QuarkusTestResourceLifecycleManager resource, Map<String, String> args) {
        resource.init(args);
        Map<String, String> config = resource.start();
        resource.stop();
        return config;
    }

    /** Loads the resource class afresh, as a new Quarkus application class loader would. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> startInIsolatedClassLoader(Class<?> resourceClass, Map<String, String> args)
            throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> copy = isolated.loadClass(resourceClass.getName());
            assertThat(copy).isNotSameAs(resourceClass);
            Object resource = copy.getConstructor().newInstance();
            copy.getMethod("init", Map.class).invoke(resource, args);
            Map<String, String> config = (Map<String, String>) copy.getMethod("start").invoke(resource);
            copy.getMethod("stop").invoke(resource);
            return config;
        }
    }
}
