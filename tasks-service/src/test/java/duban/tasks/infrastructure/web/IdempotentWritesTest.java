package duban.tasks.infrastructure.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every JSON write of the REST API runs through the one pipeline, and the pipeline can read each of them. */
class IdempotentWritesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("duban.tasks");

    private static final DescribedPredicate<JavaMethod> IDEMPOTENT = DescribedPredicate.describe(
            "@Idempotent (itself or its class)", method -> method.isAnnotatedWith(Idempotent.class)
                    || method.getOwner().isAnnotatedWith(Idempotent.class));

    @Test
    void everyWriteButTheUploadsRunsOncePerIdempotencyKey() {
        // An upload (notice, workbook) is the same request when its content is: it claims its key itself. An
        // attachment is kept by its content's hash: sending it again stores nothing new and answers the same hash.
        methods().that().areAnnotatedWith(POST.class)
                .and().areDeclaredInClassesThat().resideOutsideOfPackages("duban.tasks.imports..",
                        "duban.tasks.attachment..")
                .should(ArchConditions.be(IDEMPOTENT))
                .check(MAIN);
    }

    @Test
    void everyIdempotentWriteTakesItsHeadersAndABodyAndAnswersAResponse() {
        List<JavaMethod> writes = MAIN.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> IDEMPOTENT.test(method) && method.getAnnotations().stream()
                        .anyMatch(annotation -> annotation.getRawType().isAnnotatedWith(HttpMethod.class)))
                .toList();

        assertThat(writes).hasSizeGreaterThan(20).allSatisfy(write -> {
            IdempotentWriteInterceptor.Signature signature = IdempotentWriteInterceptor.Signature.of(write.reflect());
            assertThat(signature.httpMethod()).isEqualTo("POST");
            assertThat(signature.body()).as("%s names its body", write.getFullName()).isNotNegative();
        });
    }

    @Test
    void theBodyIsTheParameterNoJaxRsAnnotationBinds() throws NoSuchMethodException {
        IdempotentWriteInterceptor.Signature signature = IdempotentWriteInterceptor.Signature.of(
                Sample.class.getDeclaredMethod("write", String.class, WriteHeaders.class, String.class, Body.class));

        assertThat(signature).isEqualTo(new IdempotentWriteInterceptor.Signature("POST", 1, 3));
    }

    @Test
    void aWriteWithoutItsHeadersIsAMistakeFoundAtItsFirstCall() throws NoSuchMethodException {
        Method withoutHeaders = Sample.class.getDeclaredMethod("headless", Body.class);

        assertThatThrownBy(() -> IdempotentWriteInterceptor.Signature.of(withoutHeaders))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("WriteHeaders");
    }

    record Body(String text) {
    }

    static class Sample {

        @POST
        Response write(@PathParam("id") String id, @BeanParam WriteHeaders headers,
                       @HeaderParam("If-Match") String ifMatch, @Valid Body body) {
            return Response.ok().build();
        }

        @POST
        Response headless(@Valid Body body) {
            return Response.ok().build();
        }
    }
}
