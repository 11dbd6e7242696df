package duban.tasks.imports.directory;

import duban.tasks.imports.ImportIds;
import duban.tasks.notice.model.PlanHeader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which units of the directory a notice may mean, by its issuing city. A unit belongs to a city when its name
 * says so (新乡市财政局, 新乡高新技术产业开发区: the city's name in front) or, for a name that only means something
 * inside one city, by the place its registered name carries in brackets (市财政局(安阳市): a unit of a city
 * without data file), or else by its id, which this scope derives from the place and the name: an auditor
 * replaying {@code UnitRegistered} can tell whose unit it is from the event alone. Names of no city (卫辉市,
 * 河南师范大学) are offered to every notice.
 *
 * @param city  the issuing city with a data file, if any
 * @param place what the issuer's name says about its place (郑州市), for a city without data file; may be empty
 */
public record IssuerScope(Optional<City> city, String place) {

    private static final Pattern QUALIFIED = Pattern.compile("^([市县区]\\p{IsHan}.*)\\((\\p{IsHan}+)\\)$");
    private static final Pattern PLACE = Pattern.compile("^(\\p{IsHan}{2,4}?[市县区])");

    public static IssuerScope of(PlanHeader header) {
        return of(header.issuer(), header.docNumber());
    }

    public static IssuerScope of(String issuer, String docNumber) {
        Optional<City> city = Cities.bundled().issuerOf(issuer, docNumber);
        if (city.isPresent()) {
            return new IssuerScope(city, city.get().name());
        }
        String place = "";
        if (issuer != null) {
            Matcher m = PLACE.matcher(issuer);
            place = m.find() ? m.group(1) : issuer.strip();
        }
        return new IssuerScope(Optional.empty(), place);
    }

    public boolean known() {
        return city.isPresent();
    }

    public FullNames fullNames() {
        return city.map(FullNames::forCity).orElseGet(() -> FullNames.forPlace(place));
    }

    /** The id a new unit of this notice gets, from the name as written. */
    public String unitId(String nameAsWritten) {
        if (city.isPresent() && city.get().idsAsWritten()) {
            return ImportIds.unit(nameAsWritten);
        }
        return ImportIds.unit(place + "/" + nameAsWritten);
    }

    /** Whether a registered unit may be meant by this notice. */
    public boolean offers(String unitId, String name) {
        Matcher qualified = QUALIFIED.matcher(name);
        if (qualified.matches()) {
            return qualified.group(2).equals(place);
        }
        Optional<City> owner = Cities.bundled().owner(name);
        if (owner.isPresent()) {
            return owner.equals(city);
        }
        if (relative(name)) {
            return unitId.equals(unitId(name));
        }
        return true;
    }

    /**
     * What this notice's own units are also called here, besides their registered names: 市财政局 for the unit
     * registered as 市财政局(安阳市), in 安阳's notices only (the alias cannot be registered: 新乡's unit has it).
     */
    public Optional<String> localSpelling(String name) {
        Matcher qualified = QUALIFIED.matcher(name);
        return qualified.matches() && qualified.group(2).equals(place) ? Optional.of(qualified.group(1))
                : Optional.empty();
    }

    /** A name such as 市财政局 or 区政府办: it names a unit only together with its city. */
    static boolean relative(String name) {
        return name.length() > 2 && "市县区".indexOf(name.charAt(0)) >= 0;
    }
}
