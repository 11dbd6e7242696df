package duban.notification.email;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/units/{unitId}/contacts}. */
@Schema(name = "AddContactRequest", description = "A person (or mailbox) of the unit who gets its reminders by e-mail")
public record AddContactRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*", message = "must not hold control characters")
        @Schema(description = "Who it is, for the unit's own list", example = "张科长") String name,
        @NotNull @Size(max = 320)
        @Schema(description = "One plain address (no display name); an internationalized domain is kept in ASCII",
                example = "kjj@xinxiang.gov.cn") String address) {
}
