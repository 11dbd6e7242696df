package duban.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** One Quarkus service running from its packaged application as a child process. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final Relaunch relaunch;
    /** Recording an AOT cache: at its end the JVM writes the cache, which takes a while. */
    private final boolean recording;

    /** What it takes to start the same service again: after a crash, on the same port, into the same log. */
    private record Relaunch(Path home, Map<String, String> config, List<String> jvmOptions) {
    }

    private ServiceProcess(String name, int port, Process process, Path log, Relaunch relaunch, boolean recording) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.relaunch = relaunch;
        this.recording = recording;
    }

    /**
     * Starts {@code <home>/<name>/target/quarkus-app/quarkus-run.jar} with the given configuration;
     * output goes to {@code log}. The configuration travels as environment variables, not on the
     * command line, where any user of the machine could read a password.
     */
    public static ServiceProcess start(Path home, String name, int port, Map<String, String> config,
                                       List<String> jvmOptions, Path log) {
        Path jar = home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
        List<String> command = command(jar, port, jvmOptions);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            config.forEach((key, value) -> builder.environment().put(environmentName(key), value));
            Process process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(name, port, process, log,
                    new Relaunch(home, Map.copyOf(config), List.copyOf(jvmOptions)),
                    command.stream().anyMatch(option -> option.startsWith("-XX:AOTCacheOutput=")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * The environment variable naming a JDK 25 or newer (its home folder) for services packaged as aot-jar: the first
     * run records their AOT cache ({@code app.aot} next to the jar), later runs start with it (docs/operations.md).
     * Without it the services run on the JDK of the local run itself, as packaged.
     */
    static final String AOT_JDK_VARIABLE = "DUBAN_JAVA25_HOME";
    private static final String AOT_ENTRY_POINT = "io.quarkus.bootstrap.runner.AotQuarkusEntryPoint";

    /** The java command line of a packaged service: heap and other options, its port, its jar. */
    static List<String> command(Path jar, int port, List<String> jvmOptions) {
        Path ownJdk = Path.of(System.getProperty("java.home"));
        return command(jar, port, jvmOptions, ownJdk, Runtime.version().feature(),
                Optional.ofNullable(System.getenv(AOT_JDK_VARIABLE)).filter(home -> !home.isBlank()).map(Path::of));
    }

    /**
     * The java command line on {@code ownJdk} (of that feature version), or on {@code aotJdk} when the service was
     * packaged as aot-jar or has an AOT cache: an AOT cache needs a JDK 25 or newer, the very build that recorded it
     * (another one says so in the log and runs without it).
     */
    static List<String> command(Path jar, int port, List<String> jvmOptions, Path ownJdk, int ownFeature,
                                Optional<Path> aotJdk) {
        Path aotCache = jar.resolveSibling("app.aot");
        boolean cached = Files.isRegularFile(aotCache);
        Optional<Path> aotJava = cached || isAotJar(jar)
                ? aotJdk.map(home -> home.resolve("bin").resolve("java")).filter(Files::isExecutable)
                        .or(() -> ownFeature >= 25 ? Optional.of(ownJdk.resolve("bin").resolve("java")) : Optional.empty())
                : Optional.empty();
        List<String> command = new ArrayList<>();
        command.add(aotJava.orElse(ownJdk.resolve("bin").resolve("java")).toString());
        command.addAll(jvmOptions);
        Path classArchive = jar.resolveSibling("app-cds.jsa");
        if (aotJava.isPresent() && cached) {
            // Packaged as aot-jar, with the cache its first run recorded: the classes come loaded and linked, with
            // the profiles of that run.
            command.add("-XX:AOTCache=" + aotCache);
        } else if (aotJava.isPresent()) {
            // Packaged as aot-jar (-Dquarkus.package.jar.type=aot-jar) and no cache yet: this run records one, which
            // the JVM writes when the service stops cleanly (./duban down), for every later run.
            command.add("-XX:AOTCacheOutput=" + aotCache);
        } else if (Files.isRegularFile(classArchive)) {
            // Packaged with its class-data archive (-Dquarkus.package.jar.appcds.enabled=true), the service maps its
            // classes instead of loading them one by one.
            command.add("-XX:SharedArchiveFile=" + classArchive);
        }
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** Whether the jar is Quarkus' aot-jar packaging: every class on the class path, where an AOT cache can hold it. */
    static boolean isAotJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null
                    && AOT_ENTRY_POINT.equals(manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS));
        } catch (IOException e) {
            return false;
        }
    }

    /** MicroProfile Config's environment form of a property name: quarkus.http.port → QUARKUS_HTTP_PORT. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    public Duration awaitReady(Duration timeout) {
        long began = System.nanoTime();
        long deadline = began + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - began);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    /**
     * Kills the process at once (SIGKILL, as a crash or an OOM killer would): no shutdown hook runs, nothing is
     * flushed. Returns once the process is gone.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    /** Starts the same service again, on the same port with the same configuration, appending to the same log. */
    public ServiceProcess relaunch() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running: stop or kill it first");
        }
        return start(relaunch.home(), name, port, relaunch.config(), relaunch.jvmOptions(), log);
    }

    /** Resident memory in KiB as the kernel reports it, or -1 where /proc is not available. */
    public long residentKiB() {
        return ProcessMemory.residentKiB(process.pid());
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(recording ? 300 : 30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
