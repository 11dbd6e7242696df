package duban.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @Test
    void configurationTravelsAsMicroProfileEnvironmentNames() {
        assertThat(ServiceProcess.environmentName("quarkus.datasource.jdbc.url")).isEqualTo("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(ServiceProcess.environmentName("kafka.bootstrap.servers")).isEqualTo("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(ServiceProcess.environmentName("duban.calendar.extra-data")).isEqualTo("DUBAN_CALENDAR_EXTRA_DATA");
    }

    @Test
    void aServiceThatWasNotBuiltIsNamedWithTheCommandThatBuildsIt(@TempDir Path home) {
        assertThatThrownBy(() -> ServiceProcess.start(home, "tasks-service", 1, Map.of(), List.of(),
                home.resolve("logs/tasks-service.log")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tasks-service/target/quarkus-app/quarkus-run.jar")
                .hasMessageContaining("mvnw");
    }

    @Test
    void aServicePackagedWithItsClassDataArchiveStartsWithIt(@TempDir Path home) throws Exception {
        Path jar = Files.createDirectories(home.resolve("quarkus-app")).resolve("quarkus-run.jar");
        assertThat(ServiceProcess.command(jar, 8081, List.of("-Xmx256m")))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"))
                .endsWith("-Xmx256m", "-Dquarkus.http.port=8081", "-jar", jar.toString());

        Files.writeString(jar.resolveSibling("app-cds.jsa"), "");
        assertThat(ServiceProcess.command(jar, 8081, List.of("-Xmx256m")))
                .contains("-XX:SharedArchiveFile=" + jar.resolveSibling("app-cds.jsa"));
    }

    @Test
    void aServicePackagedWithAnAotCacheRunsOnTheJdkNamedForItWithTheCache(@TempDir Path home) throws Exception {
        Path jar = Files.createDirectories(home.resolve("quarkus-app")).resolve("quarkus-run.jar");
        Path jdk17 = home.resolve("jdk-17");
        Path jdk25 = home.resolve("jdk-25");
        Path java25 = javaOf(jdk25);
        Files.writeString(jar.resolveSibling("app-cds.jsa"), "");

        // No cache: the local run's own JDK, with the class-data archive as before, even with a JDK 25 named.
        assertThat(ServiceProcess.command(jar, 8082, List.of("-Xmx384m"), jdk17, 17, Optional.of(jdk25)))
                .startsWith(jdk17.resolve("bin/java").toString(), "-Xmx384m")
                .contains("-XX:SharedArchiveFile=" + jar.resolveSibling("app-cds.jsa"))
                .noneMatch(option -> option.startsWith("-XX:AOTCache"));

        Files.writeString(jar.resolveSibling("app.aot"), "");
        // A cache and a JDK 25 named: that JDK, the cache, and not the archive of another JDK.
        assertThat(ServiceProcess.command(jar, 8082, List.of("-Xmx384m"), jdk17, 17, Optional.of(jdk25)))
                .containsExactly(java25.toString(), "-Xmx384m", "-XX:AOTCache=" + jar.resolveSibling("app.aot"),
                        "-Dquarkus.http.port=8082", "-jar", jar.toString());
        // A cache and no JDK 25 anywhere: the Java 17 path of today.
        assertThat(ServiceProcess.command(jar, 8082, List.of("-Xmx384m"), jdk17, 17, Optional.empty()))
                .startsWith(jdk17.resolve("bin/java").toString())
                .contains("-XX:SharedArchiveFile=" + jar.resolveSibling("app-cds.jsa"))
                .noneMatch(option -> option.startsWith("-XX:AOTCache"));
        // A JDK named that is not there: the same.
        assertThat(ServiceProcess.command(jar, 8082, List.of(), jdk17, 17, Optional.of(home.resolve("missing"))))
                .startsWith(jdk17.resolve("bin/java").toString())
                .noneMatch(option -> option.startsWith("-XX:AOTCache"));
        // The local run itself on a JDK 25: the cache on that JDK.
        assertThat(ServiceProcess.command(jar, 8082, List.of(), jdk25, 25, Optional.empty()))
                .startsWith(java25.toString(), "-XX:AOTCache=" + jar.resolveSibling("app.aot"));
    }

    @Test
    void aServicePackagedAsAotJarWithoutCacheRecordsOneOnTheJdkNamedForIt(@TempDir Path home) throws Exception {
        Path jar = Files.createDirectories(home.resolve("quarkus-app")).resolve("quarkus-run.jar");
        Path jdk17 = home.resolve("jdk-17");
        Path jdk25 = home.resolve("jdk-25");
        Path java25 = javaOf(jdk25);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "io.quarkus.bootstrap.runner.AotQuarkusEntryPoint");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        assertThat(ServiceProcess.isAotJar(jar)).isTrue();

        assertThat(ServiceProcess.command(jar, 8081, List.of("-Xmx512m"), jdk17, 17, Optional.of(jdk25)))
                .containsExactly(java25.toString(), "-Xmx512m", "-XX:AOTCacheOutput=" + jar.resolveSibling("app.aot"),
                        "-Dquarkus.http.port=8081", "-jar", jar.toString());
        // Without a JDK 25 it runs as packaged, on Java 17, recording nothing.
        assertThat(ServiceProcess.command(jar, 8081, List.of("-Xmx512m"), jdk17, 17, Optional.empty()))
                .containsExactly(jdk17.resolve("bin/java").toString(), "-Xmx512m", "-Dquarkus.http.port=8081", "-jar",
                        jar.toString());

        // Once recorded, the cache is used.
        Files.writeString(jar.resolveSibling("app.aot"), "");
        assertThat(ServiceProcess.command(jar, 8081, List.of(), jdk17, 17, Optional.of(jdk25)))
                .contains("-XX:AOTCache=" + jar.resolveSibling("app.aot"))
                .noneMatch(option -> option.startsWith("-XX:AOTCacheOutput"));
    }

    @Test
    void aFastJarWithoutCacheRecordsNothing(@TempDir Path home) throws Exception {
        Path jar = Files.createDirectories(home.resolve("quarkus-app")).resolve("quarkus-run.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "io.quarkus.bootstrap.runner.QuarkusEntryPoint");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        Path jdk25 = home.resolve("jdk-25");
        Path java25 = javaOf(jdk25);

        assertThat(ServiceProcess.isAotJar(jar)).isFalse();
        assertThat(ServiceProcess.command(jar, 8081, List.of(), home.resolve("jdk-17"), 17, Optional.of(jdk25)))
                .startsWith(home.resolve("jdk-17/bin/java").toString())
                .noneMatch(option -> option.startsWith("-XX:AOT"));
    }

    @Test
    void downWithNothingRunningSaysSoAndTouchesNothing(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".local"));
        // A stale record of a process that is not a local stack (this test JVM is not one).
        Files.writeString(home.resolve(".local/stack.pid"), Long.toString(ProcessHandle.current().pid()));

        new LocalStack(home).down();

        assertThat(ProcessHandle.current().isAlive()).isTrue();
        assertThat(home.resolve(".local/stack.pid")).doesNotExist();
    }

    /** A JDK's home with an executable {@code bin/java} that does nothing: what the command line checks for. */
    private static Path javaOf(Path jdk) throws Exception {
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return java;
    }
}
