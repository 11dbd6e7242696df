package duban.notification.webhook;

import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs a webhook may have: absolute {@code http} or {@code https} with a host, at most {@value #MAX_LENGTH}
 * characters, no user name or password (a credential in a URL ends up in logs and in this service's answers), no
 * fragment, nothing but printable ASCII (an internationalised host is written in its xn-- form).
 */
public final class WebhookUrls {

    public static final int MAX_LENGTH = 2000;

    private WebhookUrls() {
    }

    /** The URL as it will be called; throws a 400 problem naming what is wrong with it. */
    public static String check(String url) {
        if (url == null || url.isBlank()) {
            throw invalid("must not be blank");
        }
        if (url.length() > MAX_LENGTH) {
            throw invalid("at most " + MAX_LENGTH + " characters");
        }
        if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw invalid("printable ASCII only, without spaces (percent-encode the rest)");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw invalid("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("must not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("must name a host");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("must not have a fragment (#…)");
        }
        return uri.toString();
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(400, "invalid-webhook-url", "Bad Request", "the webhook URL " + message,
                List.of(new Problem.FieldError("url", message)));
    }
}
