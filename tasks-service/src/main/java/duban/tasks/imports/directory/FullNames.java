package duban.tasks.imports.directory;

import duban.events.unit.UnitCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full name (全称) a unit is registered under, from the short name (简称) a notice writes: 市科技局 →
 * 新乡市科学技术局, 高新区 → 新乡高新技术产业开发区. The short names are data ({@code full-names.tsv}); a city
 * department written "市…" and not listed gets the issuing city in front. Without a known city, and for names
 * that are full already (卫辉市, 河南师范大学), the name stays as written.
 */
public final class FullNames {

    private static final Pattern CITY = Pattern.compile("^(\\p{IsHan}{2,4}?市)");
    private static final Map<String, String> TEMPLATES = load();

    private final String city;

    private FullNames(String city) {
        this.city = city;
    }

    /** For a notice of this issuer (新乡市人民政府办公室 → the city 新乡市); null when there is none. */
    public static FullNames forIssuer(String issuer) {
        if (issuer == null) {
            return new FullNames(null);
        }
        Matcher matcher = CITY.matcher(issuer);
        return new FullNames(matcher.find() ? matcher.group(1) : null);
    }

    /** Keeps every name as written: for sources that name units in full already (an exported ledger). */
    public static FullNames asWritten() {
        return new FullNames(null);
    }

    public String of(String shortName, UnitCategory category) {
        if (city == null) {
            return shortName;
        }
        String template = TEMPLATES.get(shortName);
        if (template != null) {
            return template.replace("{市}", city).replace("{城}", city.substring(0, city.length() - 1));
        }
        if (category == UnitCategory.CITY_DEPARTMENT && shortName.startsWith("市") && shortName.length() > 2) {
            return city + shortName.substring(1);
        }
        return shortName;
    }

    private static Map<String, String> load() {
        Map<String, String> templates = new HashMap<>();
        try (InputStream in = Optional.ofNullable(FullNames.class.getResourceAsStream("full-names.tsv"))
                .orElseThrow(() -> new IllegalStateException("full-names.tsv is missing"));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2) {
                    throw new IllegalStateException("full-names.tsv: expected two tab-separated fields: " + line);
                }
                templates.put(fields[0].strip(), fields[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(templates);
    }
}
