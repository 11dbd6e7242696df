package duban.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checked-in OpenAPI document of each service equals what the service generates when it is
 * built. To accept a deliberate API change, run the build with {@code -Dduban.openapi.update=true}
 * once and commit the rewritten documents.
 */
class OpenApiDocumentsTest {

    private static final Path ROOT = Path.of(System.getProperty("duban.root", ".."));

    @ParameterizedTest
    @ValueSource(strings = {"tasks-service", "reporting-service", "notification-service"})
    void checkedInDocumentMatchesTheGeneratedOne(String service) throws IOException {
        Path generated = ROOT.resolve(service).resolve("target/openapi/openapi.yaml");
        Path checkedIn = ROOT.resolve("openapi").resolve(service + ".yaml");
        assertThat(generated).as("%s must be built (package) before this check", service).exists();

        String expected = Files.readString(generated, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("duban.openapi.update")) {
            Files.writeString(checkedIn, expected, StandardCharsets.UTF_8);
        }
        assertThat(checkedIn).as("openapi/%s.yaml is missing: build with -Dduban.openapi.update=true", service)
                .exists();
        assertThat(Files.readString(checkedIn, StandardCharsets.UTF_8))
                .as("openapi/%s.yaml differs from the API the service generates; if the change is intended, "
                        + "build with -Dduban.openapi.update=true and commit the document", service)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasks-service", "reporting-service", "notification-service"})
    void everyOperationAnswersProblemsAsProblemJson(String service) throws IOException {
        Path checkedIn = ROOT.resolve("openapi").resolve(service + ".yaml");
        try (Stream<String> lines = Files.lines(checkedIn)) {
            assertThat(lines.anyMatch(line -> line.contains("application/problem+json")))
                    .as("%s documents its errors as application/problem+json", service).isTrue();
        }
    }
}
