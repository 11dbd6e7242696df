package duban.reporting.bulletin.api;

import duban.http.problem.ProblemException;
import duban.reporting.bulletin.document.BulletinPage;
import duban.reporting.bulletin.document.BulletinWorkbook;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The representations of a month's bulletin, chosen by a file suffix ({@code 2017-11.xlsx}) or else by the Accept
 * header: JSON when it asks for nothing in particular, the one it prefers (by q, then by order) among those it takes,
 * 406 when it takes none of them.
 */
enum Representation {
    JSON("json", MediaType.APPLICATION_JSON),
    XLSX("xlsx", BulletinWorkbook.MEDIA_TYPE),
    HTML("html", BulletinPage.MEDIA_TYPE);

    static final String SUFFIXES = "json, html or xlsx";

    final String suffix;
    final String mediaType;

    Representation(String suffix, String mediaType) {
        this.suffix = suffix;
        this.mediaType = mediaType;
    }

    static Representation ofSuffix(String suffix) {
        for (Representation representation : values()) {
            if (representation.suffix.equals(suffix)) {
                return representation;
            }
        }
        throw new ProblemException(404, "unknown-representation", "Not found",
                "a bulletin is served as " + SUFFIXES + "; no such suffix: " + abbreviate(suffix));
    }

    /** The representation an Accept header prefers; a malformed part of the header is passed over. */
    static Representation negotiate(List<String> acceptHeaders) {
        List<Accepted> accepted = new ArrayList<>();
        int order = 0;
        for (String header : acceptHeaders) {
            for (String part : header.split(",")) {
                Accepted one = Accepted.parse(part, order++);
                if (one != null) {
                    accepted.add(one);
                }
            }
        }
        if (accepted.isEmpty()) {
            return JSON;
        }
        accepted.sort(Comparator.comparingDouble(Accepted::q).reversed().thenComparingInt(Accepted::order));
        for (Accepted one : accepted) {
            if (one.q() <= 0) {
                break;
            }
            for (Representation representation : values()) {
                if (one.type().isCompatible(MediaType.valueOf(representation.mediaType))) {
                    return representation;
                }
            }
        }
        throw new ProblemException(406, "not-acceptable", "Not Acceptable",
                "a bulletin is served as application/json, " + XLSX.mediaType
                        + " or text/html; a suffix (.json, .html, .xlsx) names one whatever the Accept header");
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    /** One media range of an Accept header with its weight and place. */
    private record Accepted(MediaType type, double q, int order) {
        static Accepted parse(String part, int order) {
            if (part.isBlank()) {
                return null;
            }
            try {
                MediaType type = MediaType.valueOf(part.strip());
                String q = type.getParameters().get("q");
                double weight = q == null ? 1 : Double.parseDouble(q.toLowerCase(Locale.ROOT));
                if (Double.isNaN(weight) || weight < 0 || weight > 1) {
                    return null;
                }
                return new Accepted(new MediaType(type.getType(), type.getSubtype()), weight, order);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
