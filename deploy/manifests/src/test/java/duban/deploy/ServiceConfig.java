package duban.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration a service reads, from its sources and those of the Duban modules it depends on: the keys of
 * their properties files and the names of their {@code @ConfigProperty} injections.
 *
 * @param keys every key read, without profile
 * @param defaults the keys set for every profile, or injected with a default value
 * @param developmentOnly keys set only for the dev, test or local profiles and outside quarkus.*: production must
 *                        provide them
 * @param httpPort the service's {@code quarkus.http.port}
 * @param properties the service's own application.properties, without profiled entries
 */
record ServiceConfig(String service, Set<String> keys, Set<String> defaults, Set<String> developmentOnly,
                     int httpPort, Map<String, String> properties) {

    private static final Pattern DUBAN_DEPENDENCY =
            Pattern.compile("<groupId>duban</groupId>\\s*<artifactId>([^<]+)</artifactId>");
    private static final Pattern INJECTION =
            Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"(\\s*,\\s*defaultValue)?");
    private static final Pattern PROFILED = Pattern.compile("^%([\\w-]+)\\.(.+)$");
    private static final Set<String> DEVELOPMENT_PROFILES = Set.of("dev", "test", "local");

    /** MicroProfile Config's environment form of a key: every character but a letter or digit becomes _, upper case. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    static ServiceConfig read(Path root, String service) {
        Map<String, Path> modules = modules(root);
        Set<String> keys = new TreeSet<>();
        Set<String> defaults = new TreeSet<>();
        Map<String, Set<String>> profilesOf = new HashMap<>();
        for (Path module : dependencyClosure(root, modules, service)) {
            for (String file : List.of("application.properties", "META-INF/microprofile-config.properties")) {
                Path path = module.resolve("src/main/resources").resolve(file);
                if (Files.exists(path)) {
                    for (String name : load(path).stringPropertyNames()) {
                        Matcher profiled = PROFILED.matcher(name);
                        String key = profiled.matches() ? profiled.group(2) : name;
                        keys.add(key);
                        profilesOf.computeIfAbsent(key, k -> new HashSet<>())
                                .add(profiled.matches() ? profiled.group(1) : "");
                    }
                }
            }
            Path sources = module.resolve("src/main/java");
            if (Files.isDirectory(sources)) {
                try (Stream<Path> files = Files.walk(sources)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                        Matcher injection = INJECTION.matcher(text(f));
                        while (injection.find()) {
                            keys.add(injection.group(1));
                            if (injection.group(2) != null) {
                                defaults.add(injection.group(1));
                            }
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Set<String> developmentOnly = new TreeSet<>();
        profilesOf.forEach((key, profiles) -> {
            if (profiles.contains("")) {
                defaults.add(key);
            } else if (DEVELOPMENT_PROFILES.containsAll(profiles) && !defaults.contains(key)
                    && !key.startsWith("quarkus.")) {
                // Quarkus's own keys (log levels, ...) all have the extension's default; a key of ours or of
                // MicroProfile JWT set only for development has none that production could run with.
                developmentOnly.add(key);
            }
        });
        Properties own = load(root.resolve(service).resolve("src/main/resources/application.properties"));
        Map<String, String> properties = new HashMap<>();
        own.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> properties.put(k, own.getProperty(k)));
        return new ServiceConfig(service, keys, defaults, developmentOnly,
                Integer.parseInt(properties.get("quarkus.http.port")), properties);
    }

    /** The same service, also reading keys its sources need not name (an extension's own configuration). */
    ServiceConfig withKeys(Set<String> extra) {
        Set<String> all = new TreeSet<>(keys);
        all.addAll(extra);
        return new ServiceConfig(service, all, defaults, developmentOnly, httpPort, properties);
    }

    boolean readsEnv(String envName) {
        return keys.stream().anyMatch(key -> envName(key).equals(envName));
    }

    /** The last path segment of the service's datasource URL: the database it expects. */
    String database() {
        String url = properties.get("quarkus.datasource.jdbc.url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Map<String, Path> modules(Path root) {
        Map<String, Path> modules = new HashMap<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(text(root.resolve("pom.xml")));
        while (module.find()) {
            Path dir = root.resolve(module.group(1));
            Matcher artifact = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>")
                    .matcher(text(dir.resolve("pom.xml")));
            if (artifact.find()) {
                modules.put(artifact.group(1), dir);
            }
        }
        return modules;
    }

    private static Set<Path> dependencyClosure(Path root, Map<String, Path> modules, String service) {
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(root.resolve(service)));
        while (!queue.isEmpty()) {
            Path module = queue.pop();
            if (seen.add(module)) {
                Matcher dependency = DUBAN_DEPENDENCY.matcher(text(module.resolve("pom.xml")));
                while (dependency.find()) {
                    Path dir = modules.get(dependency.group(1));
                    if (dir != null) {
                        queue.add(dir);
                    }
                }
            }
        }
        return seen;
    }

    private static Properties load(Path path) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String text(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
