package duban.testing.openapi;

import com.networknt.schema.Error;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Checks every response against the OpenAPI document the answering service serves: the operation must document the
 * status it answered (or a {@code 4XX}-style range, or {@code default}), a response with a body must declare that
 * body's media type, and a JSON body (also {@code application/problem+json}) must be valid against the declared
 * schema. A call outside the document ({@code /q/health}, {@code /q/openapi}) passes unchecked. A failure names the
 * operation, the status and every error, so the document or the service can be put right.
 *
 * <p>{@link duban.testing.identity.As} installs it on every request; a test sending what it means the service to
 * refuse outside its contract (a path no operation has, a method no route takes) removes it with
 * {@code .noFiltersOfType(OpenApiResponseValidation.class)}.
 */
public final class OpenApiResponseValidation implements Filter {

    /** One instance serves every test: it keeps nothing but the documents it read. */
    public static final OpenApiResponseValidation INSTANCE = new OpenApiResponseValidation();

    private static final int MAX_ERRORS_SHOWN = 10;

    private OpenApiResponseValidation() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
                           FilterContext context) {
        Response response = context.next(request, expected);
        URI uri = URI.create(request.getURI());
        if (uri.getRawPath() == null || uri.getRawPath().startsWith("/q/")) {
            return response;
        }
        URI origin = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
        ServedDocument document = ServedDocument.at(origin);
        String path = URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        Optional<ServedDocument.Operation> operation = document.operation(request.getMethod(), path);
        if (operation.isEmpty()) {
            return response;
        }
        List<String> errors = check(document, operation.get(), request.getMethod(), response);
        if (!errors.isEmpty()) {
            throw new AssertionError("The API document does not describe the answer of " + operation.get()
                    + " (" + request.getMethod() + " " + uri.getRawPath() + ", status " + response.getStatusCode()
                    + "):\n  " + String.join("\n  ", errors)
                    + "\nbody: " + abbreviated(response));
        }
        return response;
    }

    private static List<String> check(ServedDocument document, ServedDocument.Operation operation, String method,
                                      Response response) {
        String status = Integer.toString(response.getStatusCode());
        Optional<String> documented = documentedStatus(operation.node().path("responses"), status);
        if (documented.isEmpty()) {
            return List.of("status " + status + " is not documented (documented: "
                    + String.join(", ", operation.node().path("responses").propertyNames()) + ")");
        }
        JsonNode declared = operation.node().path("responses").path(documented.get());
        if (declared.has("$ref")) {
            return List.of();
        }
        byte[] body = "HEAD".equals(method) ? new byte[0] : response.asByteArray();
        if (body.length == 0) {
            return List.of();
        }
        String contentType = mediaType(response.getContentType());
        JsonNode content = declared.path("content");
        Optional<String> mediaType = declaredMediaType(content, contentType);
        if (mediaType.isEmpty()) {
            return List.of("a body of type " + contentType + " is not documented for status " + documented.get()
                    + " (documented: " + (content.isObject() ? String.join(", ", content.propertyNames()) : "none")
                    + ")");
        }
        if (!isJson(contentType) || !content.path(mediaType.get()).has("schema")) {
            return List.of();
        }
        JsonNode json;
        try {
            json = ServedDocument.parse(new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return List.of("the body of type " + contentType + " is not JSON: " + e.getMessage());
        }
        List<Error> invalid = document.validate(
                operation.pointer("responses", documented.get(), "content", mediaType.get(), "schema"), json);
        List<String> errors = new ArrayList<>();
        invalid.stream().limit(MAX_ERRORS_SHOWN).forEach(error -> errors.add(error.toString()));
        if (invalid.size() > MAX_ERRORS_SHOWN) {
            errors.add("… and " + (invalid.size() - MAX_ERRORS_SHOWN) + " more");
        }
        return errors;
    }

    /** The exact status, else its range ({@code 4XX}), else {@code default}. */
    private static Optional<String> documentedStatus(JsonNode responses, String status) {
        for (String candidate : List.of(status, status.charAt(0) + "XX", "default")) {
            for (String key : responses.propertyNames()) {
                if (key.equalsIgnoreCase(candidate)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    /** The declared media type covering {@code contentType}: itself, {@code type/*} or {@code *}{@code /*}. */
    private static Optional<String> declaredMediaType(JsonNode content, String contentType) {
        if (!content.isObject()) {
            return Optional.empty();
        }
        Map<String, String> declared = content.propertyNames().stream()
                .collect(Collectors.toMap(ServedDocumentMediaTypes::base, key -> key, (a, b) -> a));
        String type = contentType.contains("/") ? contentType.substring(0, contentType.indexOf('/')) : contentType;
        for (String candidate : List.of(contentType, type + "/*", "*/*")) {
            if (declared.containsKey(candidate)) {
                return Optional.of(declared.get(candidate));
            }
        }
        return Optional.empty();
    }

    private static String mediaType(String contentType) {
        return ServedDocumentMediaTypes.base(contentType == null ? "" : contentType);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String abbreviated(Response response) {
        String text = response.asString();
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }

    /** Media types compared without their parameters and case. */
    private static final class ServedDocumentMediaTypes {

        static String base(String mediaType) {
            int parameters = mediaType.indexOf(';');
            return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        }
    }
}
