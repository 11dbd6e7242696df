package duban.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.events.plan.PlanEvent;
import duban.events.plan.PlanRegistered;
import duban.events.task.ProgressReported;
import duban.events.task.TaskCreated;
import duban.events.task.TaskEvent;
import duban.events.unit.UnitGroupDefined;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void everyEventOfTheDesignHasAStableVersionedName() {
        assertThat(EventTypes.names())
                .hasSize(28)
                .allMatch(name -> name.matches("duban\\.(plan|unit|task)\\.[a-z-]+\\.v[0-9]+"), "duban.<aggregate>.<kebab>.vN")
                .contains("duban.task.created.v1", "duban.task.progress-reported.v1", "duban.unit.group-defined.v1");
    }

    @Test
    void namesAndClassesMapBothWays() {
        assertThat(EventTypes.nameOf(ProgressReported.class)).isEqualTo("duban.task.progress-reported.v1");
        assertThat(EventTypes.classOf("duban.task.created.v1")).contains(TaskCreated.class);
        assertThat(EventTypes.classOf("duban.unit.group-defined.v1")).contains(UnitGroupDefined.class);
        assertThat(EventTypes.classOf("duban.task.created.v9")).isEmpty();
    }

    @Test
    void notificationsHaveNamesOfTheirOwnAndAreNoLedgerEvents() {
        assertThat(EventTypes.notificationNames()).containsExactly("duban.notification.reminder-sent.v1");
        assertThat(EventTypes.notificationClassOf("duban.notification.reminder-sent.v1"))
                .contains(duban.events.notification.ReminderSent.class);
        assertThat(EventTypes.classOf("duban.notification.reminder-sent.v1")).isEmpty();
        assertThat(EventTypes.isEvent(duban.events.notification.ReminderSent.class)).isFalse();
    }

    @Test
    void theAggregateTypeOfANameIsWhatItsRecordAnswers() {
        TaskCreated created = new TaskCreated("t", "p", null, "1", "标题", null, List.of(), List.of(), null);
        PlanRegistered plan = new PlanRegistered("p", "方案", null, null, null, List.of(), null, null);
        UnitGroupDefined group = new UnitGroupDefined("g", "各县(市)、区", List.of());
        for (LedgerEvent event : List.<LedgerEvent>of(created, plan, group)) {
            assertThat(EventTypes.aggregateTypeOf(EventTypes.nameOf(event.getClass())))
                    .isEqualTo(event.aggregateType());
        }
        for (String name : EventTypes.names()) {
            Class<? extends LedgerEvent> type = EventTypes.classOf(name).orElseThrow();
            String expected = TaskEvent.class.isAssignableFrom(type) ? created.aggregateType()
                    : PlanEvent.class.isAssignableFrom(type) ? plan.aggregateType() : group.aggregateType();
            assertThat(EventTypes.aggregateTypeOf(name)).as(name).isEqualTo(expected);
        }
        assertThatThrownBy(() -> EventTypes.aggregateTypeOf("duban.task.teleported.v1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClassOutsideTheContractHasNoName() {
        assertThatThrownBy(() -> EventTypes.nameOf(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTypeNameIsNeverTheJavaClassName() {
        assertThat(EventTypes.names()).noneMatch(name -> name.contains("duban.events."));
    }
}
