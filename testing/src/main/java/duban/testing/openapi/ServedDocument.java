package duban.testing.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's OpenAPI document as it serves it at {@code /q/openapi}: its operations found by method and request
 * path, and the schema of each response validated with the OpenAPI 3.1 dialect, {@code $ref}s resolved in the
 * document itself.
 */
final class ServedDocument {

    static final String OPENAPI_PATH = "/q/openapi";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, ServedDocument> BY_ORIGIN = new ConcurrentHashMap<>();

    private final URI iri;
    private final JsonNode document;
    private final List<Template> templates;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private ServedDocument(URI origin, String text) {
        this.iri = origin.resolve(OPENAPI_PATH + ".json");
        this.document = JSON.readTree(text);
        this.templates = templates(document.path("paths"));
        this.schemas = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance(),
                builder -> builder.schemas(Map.of(iri.toString(), text)));
    }

    /** The document served at {@code origin} (scheme, host and port), read once per test JVM and origin. */
    static ServedDocument at(URI origin) {
        return BY_ORIGIN.computeIfAbsent(origin.toString(), key -> new ServedDocument(origin, fetch(origin)));
    }

    private static String fetch(URI origin) {
        URI uri = origin.resolve(OPENAPI_PATH + "?format=json");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The operation answering {@code method} on {@code path}: a literal segment wins over a template. */
    Optional<Operation> operation(String method, String path) {
        return templates.stream()
                .filter(template -> template.pattern().matcher(path).matches())
                .map(template -> new Operation(method, template.path(),
                        document.path("paths").path(template.path()).path(method.toLowerCase(Locale.ROOT))))
                .filter(operation -> operation.node().isObject())
                .findFirst();
    }

    /** The errors of {@code body} against the schema at {@code pointer} (a JSON pointer into the document). */
    List<Error> validate(String pointer, JsonNode body) {
        Schema schema = compiled.computeIfAbsent(pointer,
                key -> schemas.getSchema(SchemaLocation.of(iri + "#" + key)));
        return schema.validate(body);
    }

    static JsonNode parse(String text) {
        return JSON.readTree(text);
    }

    private static List<Template> templates(JsonNode paths) {
        List<Template> templates = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            String regex = "\\Q" + path.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            templates.add(new Template(path, Pattern.compile(regex), path.chars().filter(c -> c == '{').count()));
        }
        templates.sort(Comparator.comparingLong(Template::parameters).thenComparing(Template::path));
        return templates;
    }

    private record Template(String path, Pattern pattern, long parameters) {
    }

    /** An operation of the document: its method, path template and its node. */
    record Operation(String method, String path, JsonNode node) {

        /** The JSON pointer of this operation's part {@code more} (already escaped where needed). */
        String pointer(String... more) {
            StringBuilder pointer = new StringBuilder("/paths/").append(escape(path)).append('/')
                    .append(method.toLowerCase(Locale.ROOT));
            for (String part : more) {
                pointer.append('/').append(escape(part));
            }
            return pointer.toString();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }
    }
}
