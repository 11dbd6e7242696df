package duban.testing.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import duban.calendar.WorkingDayCalendar;
import duban.rules.compliance.ComplianceState;
import duban.rules.duty.Standing;
import duban.rules.period.DaysOfMonth;
import duban.rules.period.ReportingSchedule;
import duban.rules.period.Weekly;
import duban.rules.rag.Rag;
import duban.rules.status.TaskStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Fails when a service's main code re-derives what the ledger rules decide. */
public final class LedgerRulesGuard {

    /** OpenAPI annotations may spell the values a field takes: they document the rules' names, they decide nothing. */
    private static final List<String> DOCUMENTING_ANNOTATIONS = List.of("@Schema(", "@Parameter(", "@ExampleObject(");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private LedgerRulesGuard() {
    }

    /** Every name a status or state of the ledger rules has. */
    public static Set<String> ruleNames() {
        Set<String> names = new TreeSet<>();
        for (Enum<?>[] values : List.<Enum<?>[]>of(TaskStatus.values(), ComplianceState.values(), Rag.values(),
                Standing.values())) {
            for (Enum<?> value : values) {
                names.add(value.name());
            }
        }
        return names;
    }

    /**
     * No class compiled into {@code classes} (a module's own main classes, not its dependencies) builds a reporting
     * schedule or counts working days itself: periods come from {@code PlanReportingRule} and {@code TaskReporting},
     * deadlines and first periods from the schedule they give.
     */
    public static void assertNoOwnPeriodArithmetic(Path classes) {
        JavaClasses own = new ClassFileImporter().importPath(classes);
        assertThat(own).as("the classes under " + classes.toAbsolutePath()).isNotEmpty();
        noClasses().should().callConstructorWhere(targetOwnerIs(ReportingSchedule.class, DaysOfMonth.class, Weekly.class))
                .orShould().callMethodWhere(calendarArithmetic())
                .orShould().callMethodWhere(monthArithmetic())
                .because("reporting periods are the ledger rules' to work out (duban.rules.period)")
                .check(own);
    }

    /**
     * No string literal in the Java sources under {@code mainSources} is the name of a status or state of the ledger
     * rules ({@link #ruleNames()}), outside OpenAPI annotations: code names them through the rules' enums.
     */
    public static void assertNoStatusLiterals(Path mainSources) {
        Set<String> names = ruleNames();
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(mainSources)) {
            List<Path> files = walk.filter(path -> path.toString().endsWith(".java")).toList();
            assertThat(files).as("the Java sources under " + mainSources.toAbsolutePath()).isNotEmpty();
            for (Path file : files) {
                String code = withoutDocumentation(Files.readString(file, StandardCharsets.UTF_8));
                Matcher literal = STRING_LITERAL.matcher(code);
                while (literal.find()) {
                    if (names.contains(literal.group(1))) {
                        found.add(mainSources.relativize(file) + ": \"" + literal.group(1) + "\"");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).as("statuses and states written as text instead of the ledger rules' enums").isEmpty();
    }

    /** The code without comments and without the arguments of documenting annotations. */
    static String withoutDocumentation(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
        StringBuilder kept = new StringBuilder(code.length());
        int at = 0;
        while (at < code.length()) {
            int next = nextAnnotation(code, at);
            if (next < 0) {
                kept.append(code, at, code.length());
                break;
            }
            kept.append(code, at, next);
            at = closingParenthesis(code, code.indexOf('(', next)) + 1;
        }
        return kept.toString();
    }

    private static int nextAnnotation(String code, int from) {
        int first = -1;
        for (String annotation : DOCUMENTING_ANNOTATIONS) {
            int index = code.indexOf(annotation, from);
            if (index >= 0 && (first < 0 || index < first)) {
                first = index;
            }
        }
        return first;
    }

    private static int closingParenthesis(String code, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' && code.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length() - 1;
    }

    private static DescribedPredicate<JavaAccess<?>> targetOwnerIs(Class<?>... owners) {
        return DescribedPredicate.describe("a schedule of the ledger rules' own making", access -> {
            for (Class<?> owner : owners) {
                if (access.getTargetOwner().isEquivalentTo(owner)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Finding a month's days: how reporting days of a month are made. Reading or printing a month is fine. */
    private static DescribedPredicate<JavaAccess<?>> monthArithmetic() {
        return DescribedPredicate.describe("the days of a month worked out", access ->
                access.getTargetOwner().isEquivalentTo(YearMonth.class)
                        && Set.of("atDay", "atEndOfMonth", "lengthOfMonth", "plusMonths", "minusMonths")
                                .contains(access.getName()));
    }

    private static DescribedPredicate<JavaAccess<?>> calendarArithmetic() {
        return DescribedPredicate.describe("working-day arithmetic of the calendar", access ->
                access.getTargetOwner().isEquivalentTo(WorkingDayCalendar.class)
                        && Set.of("nextWorkingDayOnOrAfter", "addWorkingDays").contains(access.getName()));
    }
}
