package duban.tasks.unit.domain;

import duban.events.unit.UnitGroupDefined;
import duban.tasks.domain.rule.Refused;
import duban.tasks.domain.rule.Violation;
import duban.tasks.unit.command.DefineUnitGroup;
import duban.tasks.unit.command.RedefineUnitGroup;
import java.util.List;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 单位组: a phrase standing for a non-empty set of distinct units; redefined when its members change. */
class UnitGroupTest {

    private static final String GROUP = "group-counties-and-districts";
    private static final String PHRASE = "各县(市)、区";
    private AggregateTestFixture<UnitGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitGroup.class);
    }

    private static UnitGroupDefined defined(String... members) {
        return new UnitGroupDefined(GROUP, PHRASE, List.of(members));
    }

    @Test
    void aPhraseIsDefinedAsItsMembers() {
        fixture.givenNoPriorActivity()
                .when(new DefineUnitGroup(GROUP, PHRASE, List.of("unit-weihui", "unit-hongqi")))
                .expectEvents(defined("unit-weihui", "unit-hongqi"));
    }

    @Test
    void aGroupHasAnIdAndAPhrase() {
        fixture.givenNoPriorActivity()
                .when(new DefineUnitGroup(GROUP, null, List.of("unit-weihui")))
                .expectException(Refused.with(Violation.MISSING_FIELD));
        fixture.givenNoPriorActivity()
                .when(new DefineUnitGroup(" ", PHRASE, List.of("unit-weihui")))
                .expectException(Refused.with(Violation.MISSING_FIELD));
    }

    @Test
    void aGroupHasAMember() {
        fixture.givenNoPriorActivity()
                .when(new DefineUnitGroup(GROUP, PHRASE, List.of()))
                .expectException(Refused.with(Violation.EMPTY_UNIT_GROUP));
        fixture.given(defined("unit-weihui"))
                .when(new RedefineUnitGroup(GROUP, null, PHRASE, null))
                .expectException(Refused.with(Violation.EMPTY_UNIT_GROUP));
    }

    @Test
    void aMemberIsListedOnce() {
        fixture.givenNoPriorActivity()
                .when(new DefineUnitGroup(GROUP, PHRASE, List.of("unit-weihui", "unit-weihui")))
                .expectException(Refused.with(Violation.UNIT_LISTED_TWICE));
    }

    @Test
    void aGroupIsRedefinedWhenItsMembersChange() {
        fixture.given(defined("unit-weihui"))
                .when(new RedefineUnitGroup(GROUP, 0L, PHRASE, List.of("unit-weihui", "unit-hongqi")))
                .expectEvents(defined("unit-weihui", "unit-hongqi"));
    }

    @Test
    void aRedefinitionChangesSomething() {
        fixture.given(defined("unit-weihui", "unit-hongqi"))
                .when(new RedefineUnitGroup(GROUP, null, PHRASE, List.of("unit-hongqi", "unit-weihui")))
                .expectException(Refused.with(Violation.NO_CHANGE));
    }

    @Test
    void aRedefinitionMayChangeOnlyThePhrase() {
        fixture.given(defined("unit-weihui"))
                .when(new RedefineUnitGroup(GROUP, null, "各县(市)", List.of("unit-weihui")))
                .expectEvents(new UnitGroupDefined(GROUP, "各县(市)", List.of("unit-weihui")));
    }

    @Test
    void aStaleExpectedVersionIsRefusedByAxon() {
        fixture.given(defined("unit-weihui"), defined("unit-hongqi"))
                .when(new RedefineUnitGroup(GROUP, 0L, PHRASE, List.of("unit-muye")))
                .expectException(ConflictingAggregateVersionException.class);
    }
}
