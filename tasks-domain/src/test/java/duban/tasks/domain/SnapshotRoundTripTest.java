package duban.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import duban.events.EventJson;
import duban.events.plan.PlanAmended;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.unit.UnitAliasAdded;
import duban.events.unit.UnitCategory;
import duban.events.unit.UnitGroupDefined;
import duban.events.unit.UnitRegistered;
import duban.tasks.plan.command.AmendPlan;
import duban.tasks.plan.domain.Plan;
import duban.tasks.unit.command.AddUnitAlias;
import duban.tasks.unit.command.RedefineUnitGroup;
import duban.tasks.unit.domain.Unit;
import duban.tasks.unit.domain.UnitGroup;
import duban.tasks.unit.port.UnitNameRegister;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Plans, units and groups survive a Jackson snapshot whole, like tasks (see TaskSnapshotTest). */
class SnapshotRoundTripTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(EventJson.configure(JsonMapper.builder()).build())
            .build();

    private <T> void assertRoundTrip(AtomicReference<T> live) {
        T restored = serializer.deserialize(serializer.serialize(live.get(), String.class));
        assertThat(restored).usingRecursiveComparison().isEqualTo(live.get());
        assertThat(restored).hasNoNullFieldsOrProperties();
    }

    @Test
    void aPlanSurvivesASnapshot() {
        AtomicReference<Plan> live = new AtomicReference<>();
        new AggregateTestFixture<>(Plan.class)
                .given(new PlanRegistered("plan-1", "方案", "新政办〔2017〕102号", "新乡市人民政府办公室",
                        LocalDate.parse("2017-11-07"), List.of(5, 20), "Asia/Shanghai", ReportingDayPolicy.KEEP))
                .when(new AmendPlan("plan-1", null, null, null, null, null, List.of(10), null, null, null))
                .expectEvents(new PlanAmended("plan-1", null, null, null, null, List.of(10), null, null, null))
                .expectState(live::set);
        assertRoundTrip(live);
    }

    @Test
    void aUnitSurvivesASnapshot() {
        AtomicReference<Unit> live = new AtomicReference<>();
        AggregateTestFixture<Unit> fixture = new AggregateTestFixture<>(Unit.class);
        fixture.registerInjectableResource((UnitNameRegister) spelling -> Optional.empty());
        fixture.given(new UnitRegistered("unit-1", "新乡市科学技术局", UnitCategory.CITY_DEPARTMENT, List.of("市科技局")))
                .when(new AddUnitAlias("unit-1", null, "科技局"))
                .expectEvents(new UnitAliasAdded("unit-1", "科技局"))
                .expectState(live::set);
        assertRoundTrip(live);
    }

    @Test
    void aUnitGroupSurvivesASnapshot() {
        AtomicReference<UnitGroup> live = new AtomicReference<>();
        new AggregateTestFixture<>(UnitGroup.class)
                .given(new UnitGroupDefined("group-1", "各县(市)、区", List.of("unit-1")))
                .when(new RedefineUnitGroup("group-1", null, "各县(市)、区", List.of("unit-1", "unit-2")))
                .expectEvents(new UnitGroupDefined("group-1", "各县(市)、区", List.of("unit-1", "unit-2")))
                .expectState(live::set);
        assertRoundTrip(live);
    }
}
