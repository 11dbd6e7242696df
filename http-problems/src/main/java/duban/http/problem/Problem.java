package duban.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document.
 *
 * @param type     stable URI naming the kind of error, e.g. {@code urn:duban:problem:validation}
 * @param instance an id for this occurrence, also written to the log
 * @param errors   one entry per invalid field, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: where it is (a JSON pointer-like path) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static URI type(String code) {
        return URI.create("urn:duban:problem:" + code);
    }
}
