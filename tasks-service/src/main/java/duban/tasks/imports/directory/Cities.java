package duban.tasks.imports.directory;

import duban.tasks.notice.model.PlanHeader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cities whose data files ({@code cities/*.tsv}, listed in {@code cities/cities.txt}) the importer knows,
 * and which of them issued a notice: the one its issuer starts with (新乡市人民政府办公室), else the one whose
 * 文号 prefix its 文号 starts with (新政办〔2017〕102号). A notice of no listed city has no city.
 */
public final class Cities {

    private static final Cities BUNDLED = new Cities(load());

    private final List<City> cities;

    Cities(List<City> cities) {
        this.cities = List.copyOf(cities);
    }

    public static Cities bundled() {
        return BUNDLED;
    }

    public List<City> all() {
        return cities;
    }

    public Optional<City> issuerOf(PlanHeader header) {
        return issuerOf(header.issuer(), header.docNumber());
    }

    public Optional<City> issuerOf(String issuer, String docNumber) {
        if (issuer != null && !issuer.isBlank()) {
            for (City city : cities) {
                if (city.startsWithThisCity(issuer)) {
                    return Optional.of(city);
                }
            }
            // An issuer that names a place is that place, even if a 文号 prefix happens to match another city.
            return Optional.empty();
        }
        if (docNumber != null) {
            for (City city : cities) {
                if (city.docPrefixes().stream().anyMatch(docNumber::startsWith)) {
                    return Optional.of(city);
                }
            }
        }
        return Optional.empty();
    }

    /** The city a registered unit belongs to, as far as its name tells (新乡市财政局 → 新乡市). */
    public Optional<City> owner(String unitName) {
        return cities.stream().filter(c -> c.owns(unitName)).findFirst();
    }

    private static List<City> load() {
        List<City> cities = new ArrayList<>();
        for (String file : lines("cities/cities.txt")) {
            cities.add(parse(file, lines("cities/" + file)));
        }
        return cities;
    }

    /** A city of its data file's lines; a malformed line fails loudly, since a dropped name would be misnamed. */
    static City parse(String file, List<String> lines) {
        String name = null;
        List<String> prefixes = new ArrayList<>();
        Map<String, String> fullNames = new HashMap<>();
        boolean idsAsWritten = false;
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalStateException(file + ": expected two tab-separated fields: " + line);
            }
            String key = fields[0].strip();
            String value = fields[1].strip();
            switch (key) {
                case "city" -> name = value;
                case "doc-prefix" -> prefixes.add(value);
                case "ids" -> idsAsWritten = value.equals("as-written");
                default -> {
                    if (fullNames.putIfAbsent(key, value) != null) {
                        throw new IllegalStateException(file + ": short name listed twice: " + key);
                    }
                }
            }
        }
        if (name == null || !name.endsWith("市")) {
            throw new IllegalStateException(file + ": needs a line 'city<TAB>…市'");
        }
        return new City(name, prefixes, fullNames, idsAsWritten);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Optional.ofNullable(Cities.class.getResourceAsStream(resource))
                .orElseThrow(() -> new IllegalStateException(resource + " is missing"));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
