package duban.rules.duty;

import static duban.rules.support.Shares.eachOf;
import static duban.rules.support.Shares.group;
import static duban.rules.support.Shares.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 牵头单位, 同责单位 and the holders of target shares, directly or through a group. */
class TaskUnitsTest {

    /** 各县(市)、区 with 卫辉市 and 牧野区; 自创区外 with 卫辉市 only. */
    private static final GroupMembership DIRECTORY = groupId -> switch (groupId) {
        case "counties" -> Optional.of(List.of("weihui", "muye"));
        case "outside-zone" -> Optional.of(List.of("weihui"));
        default -> Optional.empty();
    };

    private final TaskUnits task = new TaskUnits(List.of("science"), List.of("finance"),
            List.of(List.of(unit("hongqi", 2), eachOf("counties", 1)), List.of(group("outside-zone", 9, unit("huixian", 1)))));

    @Test
    void everyUnitOnTheTaskHasItsStandings() {
        Map<String, UnitStanding> standings = task.standings(DIRECTORY);

        assertThat(standings.keySet()).containsExactly("science", "finance", "hongqi", "weihui", "muye", "huixian");
        assertThat(standings.get("science").standings()).containsExactly(Standing.LEAD);
        assertThat(standings.get("finance").standings()).containsExactly(Standing.CO);
        assertThat(standings.get("hongqi").standings()).containsExactly(Standing.SHARE_HOLDER);
        assertThat(standings.get("weihui").standings()).containsExactly(Standing.GROUP_MEMBER);
        assertThat(standings.get("weihui").viaGroups()).containsExactly("counties", "outside-zone");
        assertThat(standings.get("huixian").standings()).as("a unit named inside a group's breakdown holds a share")
                .containsExactly(Standing.SHARE_HOLDER);
    }

    @Test
    void leadsAndHoldersOweReportsAndCoResponsibleUnitsWithoutShareMayStillReport() {
        assertThat(task.unitsOwingReports(DIRECTORY)).containsExactlyInAnyOrder("science", "hongqi", "weihui", "muye",
                "huixian");
        UnitStanding finance = task.standingOf("finance", DIRECTORY).orElseThrow();
        assertThat(finance.owesReports()).isFalse();
        assertThat(finance.mayReport()).isTrue();
        assertThat(task.standingOf("education", DIRECTORY)).isEmpty();
    }

    @Test
    void aCoResponsibleUnitHoldingAShareOwesReportsAndShowsFirstAsCoResponsible() {
        TaskUnits withShare = new TaskUnits(List.of("science"), List.of("finance"), List.of(List.of(unit("finance", 3))));

        UnitStanding finance = withShare.standingOf("finance", DIRECTORY).orElseThrow();
        assertThat(finance.standings()).containsExactlyInAnyOrder(Standing.CO, Standing.SHARE_HOLDER);
        assertThat(finance.owesReports()).isTrue();
        assertThat(finance.primary()).isEqualTo(Standing.CO);
    }

    @Test
    void aGroupTheDirectoryDoesNotKnowBindsNobody() {
        TaskUnits unknown = new TaskUnits(List.of("science"), List.of(), List.of(List.of(group("nowhere", 3))));

        assertThat(unknown.standings(DIRECTORY).keySet()).containsExactly("science");
        assertThat(unknown.shareHoldingGroups()).isEqualTo(Set.of("nowhere"));
    }

    @Test
    void aTaskWithoutUnitsHasNone() {
        assertThat(new TaskUnits(null, null, null).standings(DIRECTORY)).isEmpty();
    }
}
