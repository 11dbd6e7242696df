package duban.tasks.unit.domain;

import duban.events.unit.UnitAliasAdded;
import duban.events.unit.UnitCategory;
import duban.events.unit.UnitRegistered;
import duban.tasks.domain.rule.LedgerRuleViolation;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.unit.command.AddUnitAlias;
import duban.tasks.unit.command.RegisterUnit;
import duban.tasks.unit.port.UnitNameRegister;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 单位: a full name, a category and the short names it goes by, all distinct. */
class UnitTest {

    private static final String UNIT = "unit-science-bureau";
    private static final String NAME = "新乡市科学技术局";
    /** 新乡市财政局 goes by 市财政局 in the directory already. */
    private static final String OTHER = "unit-finance-bureau";
    private AggregateTestFixture<Unit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
        Map<String, UnitNameRegister.NameHolder> directory = Map.of(
                "新乡市财政局", new UnitNameRegister.NameHolder(OTHER, "新乡市财政局"),
                "市财政局", new UnitNameRegister.NameHolder(OTHER, "新乡市财政局"),
                NAME, new UnitNameRegister.NameHolder(UNIT, NAME));
        fixture.registerInjectableResource((UnitNameRegister) spelling -> Optional.ofNullable(directory.get(spelling)));
    }

    private static UnitRegistered registered() {
        return new UnitRegistered(UNIT, NAME, UnitCategory.CITY_DEPARTMENT, List.of("市科技局"));
    }

    @Test
    void aUnitIsRegisteredWithItsAliases() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(UNIT, NAME, UnitCategory.CITY_DEPARTMENT, List.of("市科技局")))
                .expectEvents(registered());
    }

    @Test
    void aUnitMayHaveNoAlias() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit("unit-hongqi", "红旗区", UnitCategory.DISTRICT, null))
                .expectEvents(new UnitRegistered("unit-hongqi", "红旗区", UnitCategory.DISTRICT, List.of()));
    }

    @Test
    void aUnitHasIdNameAndCategory() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(UNIT, NAME, null, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(UNIT, "", UnitCategory.CITY_DEPARTMENT, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(null, NAME, UnitCategory.CITY_DEPARTMENT, null))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void anAliasIsNotTheUnitsName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(UNIT, NAME, UnitCategory.CITY_DEPARTMENT, List.of(NAME)))
                .expectException(Refused.with(Violation.ALIAS_EQUALS_NAME));
        fixture.given(registered())
                .when(new AddUnitAlias(UNIT, null, NAME))
                .expectException(Refused.with(Violation.ALIAS_EQUALS_NAME));
    }

    @Test
    void anAliasIsHeldOnce() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(UNIT, NAME, UnitCategory.CITY_DEPARTMENT, List.of("市科技局", "市科技局")))
                .expectException(Refused.with(Violation.ALIAS_ALREADY_HELD));
        fixture.given(registered())
                .when(new AddUnitAlias(UNIT, null, "市科技局"))
                .expectException(Refused.with(Violation.ALIAS_ALREADY_HELD));
    }

    @Test
    void anAddedAliasIsHeldFromThenOn() {
        fixture.given(registered(), new UnitAliasAdded(UNIT, "科技局"))
                .when(new AddUnitAlias(UNIT, null, "科技局"))
                .expectException(Refused.with(Violation.ALIAS_ALREADY_HELD));
    }

    @Test
    void aUnitBecomesKnownByOneMoreName() {
        fixture.given(registered())
                .when(new AddUnitAlias(UNIT, 0L, "新乡市科技局"))
                .expectEvents(new UnitAliasAdded(UNIT, "新乡市科技局"));
    }

    @Test
    void anAliasIsNotBlank() {
        fixture.given(registered())
                .when(new AddUnitAlias(UNIT, null, " "))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aNameOrAliasAnotherUnitGoesByIsRefusedFieldByField() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit("unit-new", "新乡市财政局", UnitCategory.CITY_DEPARTMENT, List.of("财政", "市财政局")))
                .expectException(Refused.with(Violation.UNIT_NAME_TAKEN))
                .expectException(new TypeSafeMatcher<LedgerRuleViolation>() {
                    @Override
                    protected boolean matchesSafely(LedgerRuleViolation violation) {
                        return violation.fields().stream().map(LedgerRuleViolation.FieldProblem::field).toList()
                                .equals(List.of("name", "aliases[1]"))
                                && violation.fields().get(0).message().contains("新乡市财政局 (" + OTHER + ")");
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("refused for name and aliases[1], naming the holder");
                    }
                })
                .expectNoEvents();
    }

    @Test
    void anAliasAnotherUnitGoesByIsRefusedAndTheUnitsOwnNamesPass() {
        fixture.given(registered())
                .when(new AddUnitAlias(UNIT, null, "市财政局"))
                .expectException(Refused.with(Violation.UNIT_NAME_TAKEN));
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(UNIT, NAME, UnitCategory.CITY_DEPARTMENT, List.of("市科技局")))
                .expectEvents(registered());
    }
}
