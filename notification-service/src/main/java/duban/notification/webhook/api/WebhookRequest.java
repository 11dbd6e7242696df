package duban.notification.webhook.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a webhook's registration. */
@Schema(name = "WebhookRequest", description = "A URL to receive the unit's reminders")
public record WebhookRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "An absolute http or https URL without user name or password, at most 2000 characters",
                example = "https://oa.hongqi.gov.cn/duban/reminders") String url,
        @Size(max = 500) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*")
        @Schema(description = "What it is for, at most 500 characters", example = "红旗区政务OA待办") String description) {
}
