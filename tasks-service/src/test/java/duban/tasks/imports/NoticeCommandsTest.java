package duban.tasks.imports;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.task.Allocation;
import duban.events.unit.UnitCategory;
import duban.tasks.imports.ImportStep.Kind;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.task.domain.CompleteMilestone;
import duban.tasks.task.domain.CreateTask;
import duban.tasks.task.domain.SetTarget;
import duban.tasks.unit.domain.DefineUnitGroup;
import duban.tasks.unit.domain.RegisterUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NoticeCommandsTest {

    static final ParsedNotice SEED = NoticeParser.parse(SeedNotice.text(), KnownUnits.builder().build());

    static ImportScript script(KnownUnits directory) {
        return NoticeCommands.script(NoticeParser.parse(SeedNotice.text(), directory), directory,
                SeedNotice.DOC_NUMBER);
    }

    static Map<Kind, Long> counts(ImportScript script) {
        return script.steps().stream().collect(Collectors.groupingBy(ImportStep::kind, Collectors.counting()));
    }

    @Test
    void theSeedBecomesOnePlanItsUnitsGroupsTasksMilestonesAndTargets() {
        ImportScript script = script(KnownUnits.builder().build());

        assertThat(counts(script)).containsEntry(Kind.PLAN, 1L).containsEntry(Kind.UNIT, 44L)
                .containsEntry(Kind.GROUP, 4L).containsEntry(Kind.TASK, (long) SEED.allTasks().size())
                .containsEntry(Kind.MILESTONE, 30L).containsEntry(Kind.MILESTONE_DONE, 2L)
                .containsEntry(Kind.TARGET, 25L);
        assertThat(SEED.leafTasks()).hasSize(27);
        assertThat(script.planId()).isEqualTo(ImportIds.plan(SeedNotice.DOC_NUMBER));
        assertThat(script.warnings()).containsExactlyElementsOf(SEED.warnings());
    }

    @Test
    void idsAreTheSameEveryTime() {
        assertThat(script(KnownUnits.builder().build()).steps()).extracting(ImportStep::aggregateId)
                .containsExactlyElementsOf(script(KnownUnits.builder().build()).steps().stream()
                        .map(ImportStep::aggregateId).toList());
    }

    @Test
    void unitIdsArePartOfTheContract() {
        // Clients keep these ids, and the local run's DemoData derives the same one to print example URLs.
        assertThat(ImportIds.unit("市科技局")).isEqualTo("df9edcf8-b5a7-3ae3-9f29-6200ba0e7bed");
    }

    @Test
    void aTaskNamesItsUnitsByIdWithGroupsExpandedAndLeadsNeverAlsoCo() {
        Map<String, CreateTask> tasks = tasks(script(KnownUnits.builder().build()));

        CreateTask talentQuarters = tasks.get("一.(二).2.(3)");
        assertThat(talentQuarters.leadUnitIds()).containsExactly(
                ImportIds.unit("牧野区"), ImportIds.unit("高新区"), ImportIds.unit("经开区"));
        // 各县(市)、区 is among the co units: its members are, except the three lead units
        assertThat(talentQuarters.coUnitIds()).contains(ImportIds.unit("红旗区"), ImportIds.unit("卫辉市"))
                .doesNotContainAnyElementsOf(talentQuarters.leadUnitIds());
        assertThat(talentQuarters.parentId()).isEqualTo(ImportIds.task(SeedNotice.DOC_NUMBER, "一.(二).2"));
        assertThat(tasks.get("一").parentId()).isNull();
    }

    @Test
    void unitsTheDirectoryKnowsKeepTheirIdsAndAreNotRegisteredAgain() {
        KnownUnits directory = KnownUnits.builder()
                .unit("unit-kjj", "新乡市科学技术局", UnitCategory.CITY_DEPARTMENT, List.of("市科技局"))
                .build();
        ImportScript script = script(directory);

        assertThat(script.steps()).filteredOn(step -> step.kind() == Kind.UNIT).hasSize(43)
                .extracting(step -> ((RegisterUnit) step.command()).name()).doesNotContain("市科技局", "新乡市科学技术局");
        assertThat(tasks(script).get("一.(二).1.(3)").leadUnitIds()).containsExactly("unit-kjj");
    }

    @Test
    void sharesMapToUnitAndGroupIdsAndMismatchesAreAcceptedAsWritten() {
        ImportScript script = script(KnownUnits.builder().build());
        List<SetTarget> targets = script.steps().stream().filter(step -> step.kind() == Kind.TARGET)
                .map(step -> (SetTarget) step.command()).toList();

        assertThat(targets).allSatisfy(target -> assertThat(target.acceptMismatch()).isTrue());
        SetTarget highTech = targets.stream()
                .filter(t -> t.taskId().equals(ImportIds.task(SeedNotice.DOC_NUMBER, "一.(二).1.(2)")))
                .findFirst().orElseThrow();
        assertThat(highTech.total()).isEqualByComparingTo("30");
        Allocation outside = highTech.allocations().stream().filter(a -> a.groupId() != null).findFirst().orElseThrow();
        assertThat(outside.groupId()).isEqualTo(ImportIds.sharedGroup("自创区外"));
        assertThat(outside.children()).extracting(Allocation::unitId).contains(ImportIds.unit("卫辉市"));
        // 其他县(市)、区 stands for the units of one sentence: the plan's own group, not the phrase's
        assertThat(script.steps()).filteredOn(step -> step.kind() == Kind.GROUP)
                .extracting(step -> (DefineUnitGroup) step.command())
                .filteredOn(group -> group.phrase().equals("其他县(市)、区"))
                .extracting(DefineUnitGroup::groupId)
                .containsExactly(ImportIds.planGroup(SeedNotice.DOC_NUMBER, "其他县(市)、区"));
        // a target given only as shares (各县(市)、区各谋划1-2家) totals its shares: 14 members × 1
        SetTarget perCounty = targets.stream()
                .filter(t -> t.taskId().equals(ImportIds.task(SeedNotice.DOC_NUMBER, "一.(二).1.(1)")))
                .skip(1).findFirst().orElseThrow();
        assertThat(perCounty.total()).isEqualByComparingTo(BigDecimal.valueOf(14));
    }

    @Test
    void aMilestoneTheNoticeCallsDoneIsCompletedOnItsDate() {
        ImportScript script = script(KnownUnits.builder().build());
        List<CompleteMilestone> done = script.steps().stream().filter(step -> step.kind() == Kind.MILESTONE_DONE)
                .map(step -> (CompleteMilestone) step.command()).toList();

        assertThat(done).allSatisfy(completed ->
                assertThat(completed.completedOn()).isBeforeOrEqualTo(SEED.plan().issuedOn()));
    }

    private static Map<String, CreateTask> tasks(ImportScript script) {
        return script.steps().stream().filter(step -> step.kind() == Kind.TASK)
                .map(step -> (CreateTask) step.command())
                .collect(Collectors.toMap(CreateTask::code, Function.identity()));
    }
}
