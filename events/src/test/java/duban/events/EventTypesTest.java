package duban.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.events.task.ProgressReported;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitGroupDefined;
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
    void aClassOutsideTheContractHasNoName() {
        assertThatThrownBy(() -> EventTypes.nameOf(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTypeNameIsNeverTheJavaClassName() {
        assertThat(EventTypes.names()).noneMatch(name -> name.contains("duban.events."));
    }
}
