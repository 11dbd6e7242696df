package duban.http.problem.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems every operation of a family can answer, declared once for the family instead of on each of
 * its methods: {@link ProblemResponsesFilter} adds each to every operation below {@link #pathPrefix()} with
 * the {@link #method()} that does not declare that status itself. Put it on the package (or a class) of the
 * resources concerned; it is read from the index when the API document is built, never at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface CommonProblems {

    /** Where the family's operations live, e.g. {@code /api/v1/tasks/{taskId}/} for the writes on a task. */
    String pathPrefix();

    /** The HTTP method of the family's operations. */
    String method() default "POST";

    /** The problems, in the order the API document lists them. */
    Status[] value();

    /** One problem answer: its status code and what it means for this family. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Status {

        String code();

        String description();
    }
}
