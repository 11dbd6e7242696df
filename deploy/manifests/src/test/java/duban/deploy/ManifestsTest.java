package duban.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The images, Kubernetes manifests and Compose file under deploy/ against what the services read: their ports,
 * configuration keys (in environment form), the contract's topics and the health paths Quarkus serves.
 */
class ManifestsTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final List<String> SERVICES = List.of("tasks-service", "reporting-service", "notification-service");
    /** The services that consume the ledger topic as a consumer group and so may scale with its partitions. */
    private static final Set<String> CONSUMERS = Set.of("reporting-service", "notification-service");
    /**
     * Keys of an extension a service uses that its sources need not name: the SMTP account of the mailer, which
     * notification-service turns on in production (quarkus.mailer.* is its extension's configuration).
     */
    private static final Map<String, Set<String>> EXTENSION_KEYS = Map.of(
            "notification-service", Set.of("quarkus.mailer.username", "quarkus.mailer.password"));
    private static final Set<String> HEALTH_PATHS = Set.of("/q/health/ready", "/q/health/live", "/q/health/started");

    private static Map<String, ServiceConfig> services;
    private static List<Map<String, Object>> kubernetes;

    @BeforeAll
    static void read() {
        services = new LinkedHashMap<>();
        for (String service : SERVICES) {
            services.put(service,
                    ServiceConfig.read(ROOT, service).withKeys(EXTENSION_KEYS.getOrDefault(service, Set.of())));
        }
        kubernetes = new ArrayList<>();
        Path dir = DEPLOY.resolve("kubernetes");
        for (Object resource : list(yaml(dir.resolve("kustomization.yaml")).get("resources"))) {
            for (Object document : new Yaml(new LoaderOptions()).loadAll(ServiceConfig.text(dir.resolve((String) resource)))) {
                if (document != null) {
                    kubernetes.add(map(document));
                }
            }
        }
    }

    @Test
    void theServicesUseTheLocalRunsPortsAndProductionMustProvideTheTokenIssuerAndKey() {
        // The check below is only as good as what it reads: these are the facts it builds on.
        assertThat(services.get("tasks-service").httpPort()).isEqualTo(8081);
        assertThat(services.get("reporting-service").httpPort()).isEqualTo(8082);
        assertThat(services.get("notification-service").httpPort()).isEqualTo(8083);
        assertThat(ServiceConfig.envName("quarkus.datasource.reactive.url")).isEqualTo("QUARKUS_DATASOURCE_REACTIVE_URL");
        Pattern localPorts = Pattern.compile("new Services.Ports\\((\\d+), (\\d+), (\\d+)\\)");
        Matcher local = localPorts.matcher(ServiceConfig.text(
                DEPLOY.resolve("local-stack/src/main/java/duban/local/LocalStack.java")));
        assertThat(local.find()).as("the local run's service ports").isTrue();
        assertThat(List.of(local.group(1), local.group(2), local.group(3))).containsExactly(
                SERVICES.stream().map(s -> String.valueOf(services.get(s).httpPort())).toArray(String[]::new));
        for (ServiceConfig service : services.values()) {
            assertThat(service.developmentOnly()).as(service.service() + " keys without a production value")
                    .contains("mp.jwt.verify.issuer", "mp.jwt.verify.publickey.location");
        }
    }

    @Test
    void eachImageRunsTheQuarkusJvmLayoutOfItsServiceAsNonRootAndExposesItsPort() {
        for (ServiceConfig service : services.values()) {
            Path file = DEPLOY.resolve("images").resolve(service.service() + ".Dockerfile");
            String dockerfile = ServiceConfig.text(file);
            assertThat(dockerfile).as(file + " base").containsPattern("(?m)^FROM eclipse-temurin:17-jre");
            assertThat(dockerfile).as(file + " layout")
                    .contains("COPY --chown=185 " + service.service() + "/target/quarkus-app/lib/ ")
                    .contains(service.service() + "/target/quarkus-app/app/ ")
                    .contains(service.service() + "/target/quarkus-app/quarkus/ ")
                    .contains("/deployments/quarkus-run.jar");
            assertThat(dockerfile).as(file + " user").containsPattern("(?m)^USER 185$");
            Matcher exposed = Pattern.compile("(?m)^EXPOSE (\\d+)$").matcher(dockerfile);
            assertThat(exposed.find()).as(file + " EXPOSE").isTrue();
            assertThat(Integer.parseInt(exposed.group(1))).as(file + " port, the service's quarkus.http.port")
                    .isEqualTo(service.httpPort());
            assertThat(dockerfile).as(file + " heap from the container limit").contains("-XX:MaxRAMPercentage=50");
        }
    }

    @Test
    void eachDeploymentRunsItsImageOnItsPortWithTheHealthPathsQuarkusServes() {
        for (ServiceConfig service : services.values()) {
            Map<String, Object> container = container(deployment(service.service()));
            assertThat(container.get("image")).as(service.service() + " image")
                    .isEqualTo("duban/" + service.service() + ":0.1.0");
            assertThat(list(container.get("ports")).stream().map(p -> map(p).get("containerPort")))
                    .as(service.service() + " container port").containsExactly(service.httpPort());
            Map<String, Object> probes = new HashMap<>();
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
                assertThat(get.get("port")).as(service.service() + " " + probe + " port").isEqualTo(service.httpPort());
                assertThat(HEALTH_PATHS).as(service.service() + " " + probe + " path").contains((String) get.get("path"));
                probes.put(probe, get.get("path"));
            }
            assertThat(probes).containsEntry("readinessProbe", "/q/health/ready")
                    .containsEntry("livenessProbe", "/q/health/live");
            Map<String, Object> resources = map(container.get("resources"));
            long request = bytes(map(resources.get("requests")).get("memory"));
            long limit = bytes(map(resources.get("limits")).get("memory"));
            assertThat(request).as(service.service() + " memory request ≤ limit").isPositive().isLessThanOrEqualTo(limit);
            assertThat(map(resources.get("limits")).get("cpu")).as(service.service() + " cpu limit").isNotNull();
            // The image gives the heap this share of the limit: at least the heap the local run gives the service.
            Matcher share = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(ServiceConfig.text(
                    DEPLOY.resolve("images").resolve(service.service() + ".Dockerfile")));
            assertThat(share.find()).isTrue();
            assertThat(limit * Integer.parseInt(share.group(1)) / 100)
                    .as(service.service() + " heap from its memory limit against the local run's")
                    .isGreaterThanOrEqualTo(localHeap(service.service()));

            Map<String, Object> kubeService = resource("Service", service.service());
            assertThat(map(map(kubeService.get("spec")).get("selector")))
                    .isEqualTo(map(map(map(deployment(service.service()).get("spec")).get("selector")).get("matchLabels")));
            for (Object port : list(map(kubeService.get("spec")).get("ports"))) {
                assertThat(map(port).get("port")).as(service.service() + " Service port").isEqualTo(service.httpPort());
                assertThat(map(port).get("targetPort")).isEqualTo(service.httpPort());
            }
            Map<String, Object> budget = resource("PodDisruptionBudget", service.service());
            assertThat(map(map(budget.get("spec")).get("selector")).get("matchLabels"))
                    .isEqualTo(map(map(map(deployment(service.service()).get("spec")).get("selector")).get("matchLabels")));
            assertThat((Integer) map(budget.get("spec")).get("minAvailable"))
                    .as(service.service() + " budget below its replicas, or nodes could never drain")
                    .isLessThan((Integer) map(deployment(service.service()).get("spec")).get("replicas"));
        }
    }

    @Test
    void deploymentsNameOnlyKeysTheirServiceReadsAndProvideEveryKeyWithoutAProductionDefault() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services.values()) {
            Set<String> provided = environment(deployment(service.service()));
            provided.stream().filter(name -> !service.readsEnv(name)).forEach(name -> problems.add(
                    service.service() + " Deployment sets " + name + ", which maps to no key " + service.service() + " reads"));
            missing(service, provided).forEach(key -> problems.add(service.service() + " Deployment does not provide "
                    + ServiceConfig.envName(key) + " (" + key + "), which has no default outside dev and test"));
        }
        assertThat(problems).as("environment of the Deployments").isEmpty();
    }

    @Test
    void everySecretAndConfigMapKeyIsReadByADeploymentAndEveryReferenceExists() {
        Map<String, Set<String>> declared = new HashMap<>();
        for (Map<String, Object> resource : kubernetes) {
            String kind = (String) resource.get("kind");
            if (kind.equals("Secret") || kind.equals("ConfigMap")) {
                Map<String, Object> data = map(resource.getOrDefault(kind.equals("Secret") ? "stringData" : "data", Map.of()));
                declared.put(kind + "/" + name(resource), new TreeSet<>(data.keySet()));
            }
        }
        Map<String, Set<String>> referenced = new HashMap<>();
        for (Map<String, Object> deployment : resources("Deployment")) {
            Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
            Map<String, Object> container = container(deployment);
            for (Object source : list(container.getOrDefault("envFrom", List.of()))) {
                String configMap = (String) map(map(source).get("configMapRef")).get("name");
                referenced.computeIfAbsent("ConfigMap/" + configMap, k -> new TreeSet<>())
                        .addAll(declared.getOrDefault("ConfigMap/" + configMap, Set.of("<missing ConfigMap>")));
            }
            for (Object variable : list(container.getOrDefault("env", List.of()))) {
                Map<String, Object> from = map(map(variable).getOrDefault("valueFrom", Map.of()));
                for (String ref : List.of("secretKeyRef", "configMapKeyRef")) {
                    if (from.containsKey(ref)) {
                        String kind = ref.equals("secretKeyRef") ? "Secret/" : "ConfigMap/";
                        referenced.computeIfAbsent(kind + map(from.get(ref)).get("name"), k -> new TreeSet<>())
                                .add((String) map(from.get(ref)).get("key"));
                    }
                }
            }
            for (Object volume : list(pod.getOrDefault("volumes", List.of()))) {
                if (map(volume).containsKey("secret")) {
                    String secret = "Secret/" + map(map(volume).get("secret")).get("secretName");
                    referenced.computeIfAbsent(secret, k -> new TreeSet<>())
                            .addAll(declared.getOrDefault(secret, Set.of("<missing Secret>")));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        declared.forEach((resource, keys) -> keys.stream()
                .filter(key -> !referenced.getOrDefault(resource, Set.of()).contains(key))
                .forEach(key -> problems.add(resource + " key " + key + " is read by no Deployment")));
        referenced.forEach((resource, keys) -> keys.stream()
                .filter(key -> !declared.getOrDefault(resource, Set.of()).contains(key))
                .forEach(key -> problems.add("a Deployment reads " + resource + " key " + key + ", which is not declared")));
        assertThat(problems).as("Secret and ConfigMap keys").isEmpty();
    }

    @Test
    void topicsAreTheContractsAndTheConsumersScaleNoFurtherThanTheLedgerPartitions() {
        Map<String, Map<String, Object>> topics = resources("KafkaTopic").stream().map(t -> map(t.get("spec")))
                .collect(Collectors.toMap(spec -> (String) spec.get("topicName"), spec -> spec));
        assertThat(topics.keySet()).as("KafkaTopic names, the events module's Topics")
                .containsExactlyInAnyOrder(Topics.LEDGER_EVENTS, Topics.NOTIFICATIONS);
        int ledgerPartitions = (Integer) topics.get(Topics.LEDGER_EVENTS).get("partitions");
        // The services create a missing topic themselves: they must create the one the KafkaTopic declares.
        Map<String, String> settings = new HashMap<>();
        resources("ConfigMap").forEach(c -> map(c.get("data")).forEach((k, v) -> settings.put(k, String.valueOf(v))));
        assertThat(settings).containsEntry("DUBAN_KAFKA_LEDGER_TOPIC_PARTITIONS", String.valueOf(ledgerPartitions))
                .containsEntry("DUBAN_KAFKA_LEDGER_TOPIC_REPLICATION_FACTOR",
                        String.valueOf(topics.get(Topics.LEDGER_EVENTS).get("replicas")))
                .containsEntry("DUBAN_KAFKA_NOTIFICATIONS_TOPIC_PARTITIONS",
                        String.valueOf(topics.get(Topics.NOTIFICATIONS).get("partitions")))
                .containsEntry("DUBAN_KAFKA_NOTIFICATIONS_TOPIC_REPLICATION_FACTOR",
                        String.valueOf(topics.get(Topics.NOTIFICATIONS).get("replicas")));
        assertThat(ServiceConfig.text(ROOT.resolve("ledger-consumer/src/main/resources/META-INF/microprofile-config.properties")))
                .as("the topic the consumers read").contains("mp.messaging.incoming.ledger-events.topic=" + Topics.LEDGER_EVENTS);

        Set<String> scaled = new HashSet<>();
        for (Map<String, Object> autoscaler : resources("HorizontalPodAutoscaler")) {
            Map<String, Object> spec = map(autoscaler.get("spec"));
            String target = (String) map(spec.get("scaleTargetRef")).get("name");
            scaled.add(target);
            deployment(target);
            assertThat((Integer) spec.get("maxReplicas"))
                    .as(target + ": a consumer group member beyond the ledger's partitions would sit idle")
                    .isLessThanOrEqualTo(ledgerPartitions);
            assertThat((Integer) spec.get("minReplicas")).isLessThanOrEqualTo((Integer) spec.get("maxReplicas"));
        }
        assertThat(scaled).as("autoscaled Deployments").isEqualTo(CONSUMERS);
    }

    @Test
    void composeRunsThreeKraftBrokersOnePostgresWithTheServicesDatabasesAndTheServicesFromTheirImages() {
        Path dir = DEPLOY.resolve("compose");
        Map<String, Object> compose = map(new Yaml(new LoaderOptions()).load(ServiceConfig.text(dir.resolve("compose.yaml"))));
        Map<String, Object> all = map(compose.get("services"));
        List<String> brokers = all.keySet().stream().filter(n -> map(all.get(n)).get("image").toString()
                .startsWith("apache/kafka:")).toList();
        assertThat(brokers).as("Kafka nodes").hasSize(3);
        Set<String> voters = new TreeSet<>();
        for (String broker : brokers) {
            Map<String, Object> env = map(map(all.get(broker)).get("environment"));
            assertThat(env.get("KAFKA_PROCESS_ROLES").toString()).contains("broker").contains("controller");
            voters.add(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").toString());
        }
        assertThat(voters).as("one quorum").hasSize(1);
        for (String broker : brokers) {
            assertThat(voters.iterator().next()).contains("@" + broker + ":");
        }
        String databases = ServiceConfig.text(dir.resolve("postgres/create-databases.sql"));
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services.values()) {
            Map<String, Object> entry = map(all.get(service.service()));
            Map<String, Object> build = map(entry.get("build"));
            Path dockerfile = dir.resolve((String) build.get("context")).resolve((String) build.get("dockerfile")).normalize();
            assertThat(dockerfile).as(service.service() + " Dockerfile")
                    .isEqualTo(DEPLOY.resolve("images").resolve(service.service() + ".Dockerfile"));
            assertThat(entry.get("image")).isEqualTo("duban/" + service.service() + ":0.1.0");
            assertThat(list(entry.get("ports"))).as(service.service() + " ports")
                    .containsExactly(service.httpPort() + ":" + service.httpPort());
            assertThat(databases).as("databases PostgreSQL creates")
                    .containsPattern("(?m)^CREATE DATABASE " + service.database() + ";$");
            Map<String, Object> env = map(entry.get("environment"));
            env.keySet().stream().filter(name -> !service.readsEnv(name)).forEach(name -> problems.add(
                    "compose " + service.service() + " sets " + name + ", which maps to no key it reads"));
            missing(service, env.keySet()).forEach(key -> problems.add(
                    "compose " + service.service() + " does not provide " + ServiceConfig.envName(key)));
            for (Object value : env.values()) {
                if (value.toString().contains("postgresql://")) {
                    assertThat(value.toString()).as(service.service() + " database").endsWith("/" + service.database());
                }
            }
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS").toString().split(","))
                    .containsExactlyInAnyOrder(brokers.stream().map(b -> b + ":9092").toArray(String[]::new));
            // The same keys as the cluster: what one runs, the other runs.
            Set<String> cluster = environment(deployment(service.service()));
            cluster.remove("DUBAN_AXON_NODE_ID");
            cluster.removeIf(name -> name.startsWith("QUARKUS_MAILER_"));
            assertThat(env.keySet()).as(service.service() + " compose env against the Deployment's").containsAll(cluster);
        }
        assertThat(problems).as("environment of the Compose services").isEmpty();
    }

    @Test
    void theDatabaseUrlsOfTheClusterNameEachServicesDatabase() {
        Map<String, Object> secret = map(resource("Secret", "duban-postgres").get("stringData"));
        for (ServiceConfig service : services.values()) {
            for (Object variable : list(container(deployment(service.service())).get("env"))) {
                Map<String, Object> ref = map(map(map(variable).getOrDefault("valueFrom", Map.of())).getOrDefault("secretKeyRef", Map.of()));
                if ("duban-postgres".equals(ref.get("name")) && ref.get("key").toString().endsWith("-url")) {
                    assertThat(secret.get(ref.get("key")).toString()).as(service.service() + " " + ref.get("key"))
                            .endsWith("/" + service.database());
                }
            }
        }
    }

    /** The heap the local run gives a service by default (Services.heap's fallback), in bytes. */
    private static long localHeap(String service) {
        String constant = switch (service) {
            case "tasks-service" -> "TASKS";
            case "reporting-service" -> "REPORTING";
            default -> "NOTIFICATION";
        };
        Matcher heap = Pattern.compile("heap\\(" + constant + ", \"(\\d+)m\"\\)").matcher(ServiceConfig.text(
                DEPLOY.resolve("local-stack/src/main/java/duban/local/Services.java")));
        assertThat(heap.find()).as("the local run's heap of " + service).isTrue();
        return Long.parseLong(heap.group(1)) << 20;
    }

    private static Set<String> missing(ServiceConfig service, Set<String> provided) {
        return service.developmentOnly().stream().filter(key -> !provided.contains(ServiceConfig.envName(key)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every environment variable name a Deployment's container gets, from env and from its ConfigMaps. */
    private static Set<String> environment(Map<String, Object> deployment) {
        Map<String, Object> container = container(deployment);
        Set<String> names = new TreeSet<>();
        for (Object variable : list(container.getOrDefault("env", List.of()))) {
            names.add((String) map(variable).get("name"));
        }
        for (Object source : list(container.getOrDefault("envFrom", List.of()))) {
            String configMap = (String) map(map(source).get("configMapRef")).get("name");
            names.addAll(map(resource("ConfigMap", configMap).get("data")).keySet());
        }
        return names;
    }

    private static Map<String, Object> deployment(String name) {
        return resource("Deployment", name);
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = list(map(map(map(deployment.get("spec")).get("template")).get("spec")).get("containers"));
        assertThat(containers).as(name(deployment) + " containers").hasSize(1);
        return map(containers.get(0));
    }

    private static Map<String, Object> resource(String kind, String name) {
        return resources(kind).stream().filter(r -> name.equals(name(r))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in the Kubernetes manifests"));
    }

    private static List<Map<String, Object>> resources(String kind) {
        return kubernetes.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    private static String name(Map<String, Object> resource) {
        return (String) map(resource.get("metadata")).get("name");
    }

    private static long bytes(Object quantity) {
        Matcher m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(String.valueOf(quantity));
        assertThat(m.matches()).as("memory quantity " + quantity + " in Mi or Gi").isTrue();
        return Long.parseLong(m.group(1)) << (m.group(2).equals("Gi") ? 30 : 20);
    }

    private static Map<String, Object> yaml(Path path) {
        return map(new Yaml(new LoaderOptions()).load(ServiceConfig.text(path)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).as("a YAML mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).as("a YAML sequence").isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
