package duban.rules.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which span an acknowledgement answers. */
class AssignmentTimelineTest {

    private static final Instant T0 = Instant.parse("2026-12-04T02:00:00Z");

    private static Instant at(int hours) {
        return T0.plusSeconds(hours * 3600L);
    }

    @Test
    void eachLeadAndCoResponsibleUnitHasASpanFromItsAssignment() {
        AssignmentTimeline timeline = new AssignmentTimeline().assigned(T0, List.of("fgw"), List.of("kjj", "czj"));

        assertThat(timeline.current()).containsOnlyKeys("fgw", "kjj", "czj");
        assertThat(timeline.current().get("kjj").from()).isEqualTo(T0);
    }

    @Test
    void movingBetweenLeadAndCoResponsibleKeepsTheSpanAndItsAcknowledgement() {
        AssignmentTimeline timeline = new AssignmentTimeline().assigned(T0, List.of("fgw"), List.of("kjj"))
                .acknowledged(at(1), "kjj", "收到")
                .assigned(at(2), List.of("kjj"), List.of("fgw"));

        Assignment kjj = timeline.current().get("kjj");
        assertThat(kjj.from()).isEqualTo(T0);
        assertThat(kjj.acknowledgedAt()).isEqualTo(at(1));
        assertThat(kjj.note()).isEqualTo("收到");
    }

    @Test
    void aUnitTakenOffAndAssignedAgainAcknowledgesAgain() {
        AssignmentTimeline timeline = new AssignmentTimeline().assigned(T0, List.of("fgw"), List.of("kjj"))
                .acknowledged(at(1), "kjj", null)
                .assigned(at(2), List.of("fgw"), List.of())
                .assigned(at(3), List.of("fgw"), List.of("kjj"));

        assertThat(timeline.current().get("kjj").from()).isEqualTo(at(3));
        assertThat(timeline.current().get("kjj").acknowledgedAt()).isNull();
        assertThat(timeline.assignments()).filteredOn(a -> a.unitId().equals("kjj"))
                .extracting(Assignment::from, Assignment::until, Assignment::removed, Assignment::acknowledgedAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(T0, at(2), true, at(1)),
                        org.assertj.core.groups.Tuple.tuple(at(3), null, false, null));
    }

    @Test
    void aSecondAcknowledgementOrOneOfAUnitNotAssignedChangesNothing() {
        AssignmentTimeline timeline = new AssignmentTimeline().assigned(T0, List.of("fgw"), List.of())
                .acknowledged(at(1), "fgw", "first")
                .acknowledged(at(2), "fgw", "second")
                .acknowledged(at(2), "kjj", null);

        assertThat(timeline.current()).containsOnlyKeys("fgw");
        assertThat(timeline.current().get("fgw").acknowledgedAt()).isEqualTo(at(1));
        assertThat(timeline.current().get("fgw").note()).isEqualTo("first");
    }

    @Test
    void closingTheTaskEndsEveryRunningSpanAndTheUnitsStayOnIt() {
        AssignmentTimeline timeline = new AssignmentTimeline().assigned(T0, List.of("fgw"), List.of("kjj"))
                .closed(at(5))
                .acknowledged(at(6), "kjj", null);

        assertThat(timeline.current().values()).allSatisfy(span -> {
            assertThat(span.until()).isEqualTo(at(5));
            assertThat(span.current()).isTrue();
            assertThat(span.running()).isFalse();
            assertThat(span.acknowledgedAt()).isNull();
        });
    }
}
