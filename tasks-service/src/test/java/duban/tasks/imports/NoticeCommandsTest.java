package duban.tasks.imports;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.task.Allocation;
import duban.events.task.LeaderLine;
import duban.events.task.ReportingCadence;
import duban.events.task.ReportingFrequency;
import duban.events.unit.UnitCategory;
import duban.tasks.imports.ImportStep.Kind;
import duban.tasks.imports.directory.FullNames;
import duban.tasks.imports.directory.KnownUnits;
import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.task.command.CompleteMilestone;
import duban.tasks.task.command.CreateTask;
import duban.tasks.task.command.ScheduleMilestone;
import duban.tasks.task.command.SetTarget;
import duban.tasks.unit.command.AddUnitAlias;
import duban.tasks.unit.command.DefineUnitGroup;
import duban.tasks.unit.command.RegisterUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
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

    @Test
    void aNearMissOfAKnownUnitBecomesItsAliasOnceAndOnlyOnce() {
        KnownUnits knowsFengquan = KnownUnits.builder()
                .unit("unit-fengquan", "凤泉区", UnitCategory.DISTRICT, List.of()).build();
        List<AddUnitAlias> aliases = script(knowsFengquan).steps().stream()
                .filter(step -> step.kind() == Kind.ALIAS).map(step -> (AddUnitAlias) step.command()).toList();
        assertThat(aliases).containsExactly(new AddUnitAlias("unit-fengquan", null, "风泉区"));

        KnownUnits knowsTheSpelling = KnownUnits.builder()
                .unit("unit-fengquan", "凤泉区", UnitCategory.DISTRICT, List.of("风泉区")).build();
        assertThat(script(knowsTheSpelling).steps()).noneMatch(step -> step.kind() == Kind.ALIAS);
        assertThat(script(KnownUnits.builder().build()).steps()).noneMatch(step -> step.kind() == Kind.ALIAS);
    }

    @Test
    void newUnitsAreRegisteredUnderTheirFullNamesKnownByTheNamesTheNoticeWrites() {
        Map<String, RegisterUnit> units = script(KnownUnits.builder().build()).steps().stream()
                .filter(step -> step.kind() == Kind.UNIT).map(step -> (RegisterUnit) step.command())
                .collect(Collectors.toMap(RegisterUnit::unitId, Function.identity()));

        // The id still derives from the name as written: clients and the demo keep it.
        assertThat(units.get(ImportIds.unit("市科技局")))
                .isEqualTo(new RegisterUnit(ImportIds.unit("市科技局"), "新乡市科学技术局",
                        UnitCategory.CITY_DEPARTMENT, List.of("市科技局")));
        assertThat(units.get(ImportIds.unit("市商务局")).name()).isEqualTo("新乡市商务局");
        assertThat(units.get(ImportIds.unit("高新区")).name()).isEqualTo("新乡高新技术产业开发区");
        assertThat(units.get(ImportIds.unit("法制办")).name()).isEqualTo("新乡市人民政府法制办公室");
        // Names that are full already stay; a near miss stays an alias.
        assertThat(units.get(ImportIds.unit("卫辉市"))).extracting(RegisterUnit::name, RegisterUnit::aliases)
                .containsExactly("卫辉市", List.of());
        assertThat(units.get(ImportIds.unit("河南师范大学")).name()).isEqualTo("河南师范大学");
        assertThat(units.get(ImportIds.unit("凤泉区")).aliases()).containsExactly("风泉区");
        assertThat(units.values()).extracting(RegisterUnit::name).doesNotHaveDuplicates();
    }

    @Test
    void aNoticeWithoutIssuingCityKeepsNamesAsWritten() {
        assertThat(FullNames.forIssuer(null).of("市科技局", UnitCategory.CITY_DEPARTMENT)).isEqualTo("市科技局");
        // 郑州 has no city data file: its names stay as written, never 新乡's nor guessed.
        assertThat(FullNames.forIssuer("郑州市人民政府办公室").of("市科技局", UnitCategory.CITY_DEPARTMENT))
                .isEqualTo("市科技局");
        assertThat(FullNames.forIssuer("新乡市人民政府办公室").of("市科技局", UnitCategory.CITY_DEPARTMENT))
                .isEqualTo("新乡市科学技术局");
        assertThat(FullNames.asWritten().of("高新区", UnitCategory.FUNCTIONAL_ZONE)).isEqualTo("高新区");
    }

    @Test
    void aMilestoneBindsTheUnitsOfTheTaskItsClauseNames() {
        ImportScript script = script(KnownUnits.builder().build());

        // 2017年12月底前,…牧野区依托中电科22所建立1个军民融合新型研发机构,高新区、经开区各谋划1个…: 中电科22所 is
        // no unit of the task, so it is not bound.
        assertThat(milestones(script, "一.(二).4.(3)")).first().extracting(ScheduleMilestone::responsibleUnitIds)
                .isEqualTo(List.of(ImportIds.unit("牧野区"), ImportIds.unit("高新区"), ImportIds.unit("经开区")));
        // 2017年10月底前明确管理权限下放清单并向社会公开 names no unit: it binds the task's units as a whole.
        assertThat(milestones(script, "一.(一).1.(2)")).singleElement()
                .extracting(ScheduleMilestone::responsibleUnitIds).isEqualTo(List.of());
    }

    @Test
    void aTaskReportingEveryHalfMonthKeepsItsCadenceAndOthersStateNone() {
        Map<String, CreateTask> tasks = tasks(script(KnownUnits.builder().build()));

        // 1.生物育种项目: 平原示范区要牵头做好…,并从10月份开始每半月报送工作进展情况。
        assertThat(tasks.get("一.(三).1").reportingCadence()).isEqualTo(new ReportingCadence(
                ReportingFrequency.SEMI_MONTHLY, LocalDate.of(2017, 10, 1), List.of(), "并从10月份开始每半月报送工作进展情况"));
        assertThat(tasks.values()).filteredOn(task -> task.reportingCadence() != null)
                .extracting(CreateTask::code).containsExactly("一.(三).1");
        // The seed names no leader: every task states so, none leaves it unstated.
        assertThat(tasks.values()).allSatisfy(task -> assertThat(task.leaders()).isEmpty());
    }

    @Test
    void leaderLinesAndAMonthlyCadenceOnNamedDaysAreKeptVerbatim() {
        String notice = """
                安平市人民政府办公室关于印发安平市2025年营商环境重点任务分工方案的通知
                安政办〔2025〕18号
                安平市2025年营商环境重点任务分工方案
                一、提升政务服务效能
                1．扩大网上办理事项范围。
                牵头责任单位：市政务服务中心
                协同责任单位：市大数据局
                分管领导：王副市长
                完成时限：2025年6月底前，全市政务服务事项网上可办率达到95%，每月5日、20日报送工作进展情况。
                2．推行“高效办成一件事”。
                主要责任单位：市发改委
                牵头负责领导：李副市长
                完成期限：2025年11月底前推出集成办事场景30个。
                """;
        KnownUnits directory = KnownUnits.builder().build();
        Map<String, CreateTask> tasks = tasks(NoticeCommands.script(NoticeParser.parse(notice, directory), directory,
                "安政办〔2025〕18号"));

        CreateTask online = tasks.get("一.1");
        assertThat(online.leaders()).containsExactly(new LeaderLine("分管领导", "王副市长"));
        assertThat(online.reportingCadence()).extracting(ReportingCadence::frequency, ReportingCadence::daysOfMonth)
                .containsExactly(ReportingFrequency.MONTHLY, List.of(5, 20));
        assertThat(online.reportingCadence().text()).contains("每月5日、20日报送");
        assertThat(tasks.get("一.2").leaders()).containsExactly(new LeaderLine("牵头负责领导", "李副市长"));
        assertThat(tasks.get("一.2").reportingCadence()).isNull();
    }

    @Test
    void aTargetThatIsPartOfAnotherNamesItsWholeSetBeforeIt() {
        ImportScript script = script(KnownUnits.builder().build());
        String institutes = ImportIds.task(SeedNotice.DOC_NUMBER, "一.(二).4.(2)");
        List<SetTarget> targets = script.steps().stream().filter(step -> step.kind() == Kind.TARGET)
                .map(step -> (SetTarget) step.command()).toList();

        // 新引进新型研发机构19家…,其中新引进高端新型研发机构6家
        List<SetTarget> ofInstitutes = targets.stream().filter(t -> t.taskId().equals(institutes)).toList();
        assertThat(ofInstitutes).hasSize(2);
        assertThat(ofInstitutes.get(0).partOfTargetId()).isNull();
        assertThat(ofInstitutes.get(0).total()).isEqualByComparingTo("19");
        assertThat(ofInstitutes.get(1).partOfTargetId()).isEqualTo(ofInstitutes.get(0).targetId());
        assertThat(ofInstitutes.get(1).total()).isEqualByComparingTo("6");
        assertThat(targets).filteredOn(t -> t.partOfTargetId() != null).containsExactly(ofInstitutes.get(1));
    }

    private static List<ScheduleMilestone> milestones(ImportScript script, String code) {
        return script.steps().stream().filter(step -> step.kind() == Kind.MILESTONE)
                .map(step -> (ScheduleMilestone) step.command())
                .filter(m -> m.taskId().equals(ImportIds.task(SeedNotice.DOC_NUMBER, code)))
                .toList();
    }

    private static Map<String, CreateTask> tasks(ImportScript script) {
        return script.steps().stream().filter(step -> step.kind() == Kind.TASK)
                .map(step -> (CreateTask) step.command())
                .collect(Collectors.toMap(CreateTask::code, Function.identity()));
    }
}
