package duban.tasks.imports.directory;

import duban.events.unit.UnitCategory;

/**
 * The full name (全称) a unit is registered under, from the short name (简称) a notice writes: 市科技局 →
 * 新乡市科学技术局, 高新区 → 新乡高新技术产业开发区. The short names are data, one file per issuing city (see
 * {@link Cities}); a city department written "市…" and not listed gets the city in front. For a notice of no
 * listed city, and for names that are full already (卫辉市, 河南师范大学), the name stays as written.
 */
public final class FullNames {

    private final City city;
    private final String place;

    private FullNames(City city) {
        this(city, null);
    }

    private FullNames(City city, String place) {
        this.city = city;
        this.place = place;
    }

    /**
     * For a place without city file (安阳市): names as written, except that a name which only means something
     * inside its city (市财政局) gets the place in brackets (市财政局(安阳市)), since no two units may share a name
     * or an alias and 新乡's 市财政局 is one already.
     */
    public static FullNames forPlace(String place) {
        return new FullNames(null, place == null || place.isBlank() ? null : place);
    }

    /** Whether the name as written becomes an alias of the full name: not when the place qualifies it. */
    public boolean writtenNameIsAlias() {
        return place == null;
    }

    /** For a notice of this issuer (新乡市人民政府办公室 → the city 新乡市); as written when no city file matches. */
    public static FullNames forIssuer(String issuer) {
        return new FullNames(Cities.bundled().issuerOf(issuer, null).orElse(null));
    }

    public static FullNames forCity(City city) {
        return new FullNames(city);
    }

    /** Keeps every name as written: for sources that name units in full already (an exported ledger). */
    public static FullNames asWritten() {
        return new FullNames(null);
    }

    public String of(String shortName, UnitCategory category) {
        if (city == null) {
            return place != null && IssuerScope.relative(shortName) ? shortName + "(" + place + ")" : shortName;
        }
        String template = city.fullNames().get(shortName);
        if (template != null) {
            return template.replace("{市}", city.name()).replace("{城}", city.shortName());
        }
        if (category == UnitCategory.CITY_DEPARTMENT && shortName.startsWith("市") && shortName.length() > 2) {
            return city.name() + shortName.substring(1);
        }
        return shortName;
    }
}
