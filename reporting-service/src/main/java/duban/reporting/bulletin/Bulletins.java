package duban.reporting.bulletin;

import duban.events.unit.UnitCategory;
import duban.reporting.completion.CompletionCount;
import duban.reporting.completion.CompletionEntry;
import duban.reporting.config.PlanSettings;
import duban.rules.assessment.AssessmentFormula;
import duban.rules.assessment.AssessmentInput;
import duban.rules.assessment.AssessmentScore;
import duban.rules.assessment.AssessmentWeights;
import duban.rules.assessment.ComponentScore;
import duban.rules.assessment.Ranked;
import duban.rules.assessment.Ranking;
import duban.rules.attainment.UnitShare;
import duban.rules.bulletin.BulletinMonth;
import duban.rules.bulletin.BulletinNaming;
import duban.rules.bulletin.UnitMonth;
import duban.rules.completion.CompletionFigures;
import duban.rules.compliance.ComplianceState;
import duban.rules.rag.Rag;
import duban.rules.status.TaskStatus;
import duban.view.acknowledgement.Acknowledgements;
import duban.view.acknowledgement.AcknowledgementsAt;
import duban.view.history.PlanVersion;
import duban.view.history.UnitVersion;
import duban.view.slice.LedgerAt;
import duban.view.slice.LedgerClock;
import duban.view.slice.MilestoneAt;
import duban.view.slice.PeriodState;
import duban.view.slice.TargetAt;
import duban.view.slice.TaskAt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Works out a plan's month from the ledger view, and makes its bulletin and its assessment. */
@ApplicationScoped
public class Bulletins {

    private static final int RATE_SCALE = 4;

    @Inject
    LedgerClock ledgers;

    @Inject
    PlanSettings settings;

    @Inject
    Acknowledgements acknowledgements;

    /** Whether the ledger view knows the plan by the reading of that month. */
    public boolean knows(String planId, YearMonth month) {
        return figures(planId, month).isPresent();
    }

    public Optional<Bulletin> bulletin(String planId, YearMonth month) {
        return figures(planId, month).map(this::bulletin);
    }

    public Optional<Assessment> assessment(String planId, YearMonth month) {
        return figures(planId, month).map(this::assessment);
    }

    Optional<MonthFigures> figures(String planId, YearMonth yearMonth) {
        LedgerAt now = ledgers.at(null);
        Optional<PlanVersion> known = now.plan(planId);
        if (known.isEmpty() && now.tasksOfPlan(planId).isEmpty()) {
            return Optional.empty();
        }
        BulletinMonth month = new BulletinMonth(yearMonth, now.ruleOf(planId).zone());
        LedgerAt ledger = ledgers.at(month.readAt(now.at()));
        Optional<PlanVersion> plan = ledger.plan(planId);
        List<TaskAt> tasks = ledger.tasksOfPlan(planId);
        Map<String, UnitTally> tallies = new LinkedHashMap<>();
        AcknowledgementsAt acknowledged = acknowledgements.at(ledger);
        for (TaskAt task : tasks) {
            tally(ledger, month, task, tallies);
            tallyAcknowledgements(acknowledged, month, task, tallies);
        }
        AssessmentFormula formula = new AssessmentFormula(settings.weights(planId));
        List<MonthFigures.UnitFigures> units = rank(ledger, formula, tallies);
        return Optional.of(new MonthFigures(planId, plan.map(PlanVersion::title).orElse(null),
                plan.map(PlanVersion::docNumber).orElse(null), month, ledger.at(), month.provisionalAt(now.at()),
                summary(ledger, tasks), units));
    }

    /** What a unit's month adds up to so far, over the plan's tasks. */
    private static final class UnitTally {
        int owed;
        int onTime;
        int late;
        int missing;
        int open;
        int due;
        int met;
        int overdue;
        int returned;
        int acknowledgementsOverdue;
        final List<BigDecimal> attainments = new ArrayList<>();
        final CompletionFigures.Tally completion = new CompletionFigures.Tally();

        UnitMonth month() {
            return new UnitMonth(owed, onTime, late, missing, open, due, met, overdue);
        }
    }

    private static void tally(LedgerAt ledger, BulletinMonth month, TaskAt task, Map<String, UnitTally> tallies) {
        Set<String> units = new LinkedHashSet<>(ledger.standings(task).keySet());
        units.addAll(ledger.duties(task).keySet());
        LocalDate today = ledger.today(task);
        for (String unitId : units) {
            UnitTally tally = tallies.computeIfAbsent(unitId, id -> new UnitTally());
            tally.returned += (int) task.returns().stream()
                    .filter(r -> r.unitId().equals(unitId) && month.recorded(r.at())).count();
            CompletionCount.add(ledger, task, unitId, tally.completion);
            for (PeriodState state : ledger.record(task, unitId).periods()) {
                if (!month.contains(state.period().nominalDay())) {
                    continue;
                }
                switch (state.state()) {
                    case OPEN -> tally.open++;
                    case ON_TIME -> {
                        tally.owed++;
                        tally.onTime++;
                    }
                    case LATE -> {
                        tally.owed++;
                        tally.late++;
                    }
                    case MISSING -> {
                        tally.owed++;
                        tally.missing++;
                    }
                }
            }
            if (!ledger.standings(task).containsKey(unitId) || task.status() == TaskStatus.CANCELLED) {
                continue;
            }
            for (MilestoneAt milestone : task.milestones()) {
                if (!milestone.binds(unitId, task.leadUnitIds())) {
                    continue;
                }
                if (month.contains(milestone.dueOn())) {
                    tally.due++;
                    tally.met += milestone.done() && !milestone.doneOn().isAfter(milestone.dueOn()) ? 1 : 0;
                }
                if (month.byEnd(milestone.dueOn()) && !milestone.done() && today.isAfter(milestone.dueOn())) {
                    tally.overdue++;
                }
            }
            for (TargetAt target : task.targets()) {
                for (UnitShare share : ledger.quota(task, target).sharesOf(unitId)) {
                    if (!share.soft() && share.attainment() != null) {
                        tally.attainments.add(share.attainment());
                    }
                }
            }
        }
    }

    /** 领办逾期 as the ledger rules count them for the month (the ledger read at its cut-off). */
    private static void tallyAcknowledgements(AcknowledgementsAt acknowledged, BulletinMonth month, TaskAt task,
                                              Map<String, UnitTally> tallies) {
        for (String unitId : acknowledged.unitsEverAssigned(task)) {
            int counted = acknowledged.overdueInMonth(task, unitId, month.start()).size();
            if (counted > 0 || tallies.containsKey(unitId)) {
                tallies.computeIfAbsent(unitId, id -> new UnitTally()).acknowledgementsOverdue += counted;
            }
        }
    }

    private static List<MonthFigures.UnitFigures> rank(LedgerAt ledger, AssessmentFormula formula,
                                                       Map<String, UnitTally> tallies) {
        record Scored(String unitId, String name, UnitCategory category, UnitTally tally, AssessmentScore score) {
        }
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<Scored> scored = new ArrayList<>();
        tallies.forEach((unitId, tally) -> {
            UnitMonth month = tally.month();
            Optional<UnitVersion> unit = ledger.unit(unitId);
            scored.add(new Scored(unitId, unit.map(UnitVersion::name).orElse(unitId),
                    unit.map(UnitVersion::category).orElse(UnitCategory.OTHER), tally,
                    formula.score(new AssessmentInput(month.reportsOwed(), month.reportsOnTime(),
                            month.milestonesDue(), month.milestonesMet(), tally.attainments))));
        });
        scored.sort(Comparator.comparing((Scored s) -> s.category().ordinal())
                .thenComparing(Scored::name, chinese).thenComparing(Scored::unitId));
        List<Ranked<Scored>> ranked = Ranking.within(scored, s -> s.category().name(), s -> s.score().score());
        List<MonthFigures.UnitFigures> units = new ArrayList<>();
        for (Ranked<Scored> r : ranked) {
            Scored s = r.item();
            units.add(new MonthFigures.UnitFigures(s.unitId(), s.name(), s.category(), s.tally().month(),
                    List.copyOf(s.tally().attainments), meanCapped(s.tally().attainments), s.score(), r.rank(),
                    r.of(), s.tally().returned, s.tally().acknowledgementsOverdue, s.tally().completion.figures()));
        }
        return units;
    }

    private static BigDecimal meanCapped(List<BigDecimal> attainments) {
        if (attainments.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal attainment : attainments) {
            sum = sum.add(attainment.min(BigDecimal.ONE).max(BigDecimal.ZERO));
        }
        return sum.divide(BigDecimal.valueOf(attainments.size()), RATE_SCALE, RoundingMode.HALF_UP);
    }

    private static Bulletin.Summary summary(LedgerAt ledger, List<TaskAt> tasks) {
        int total = 0;
        int completed = 0;
        int running = 0;
        int suspended = 0;
        int cancelled = 0;
        int overdue = 0;
        int red = 0;
        int yellow = 0;
        int green = 0;
        CompletionFigures.Tally completion = new CompletionFigures.Tally();
        for (TaskAt task : tasks) {
            if (!task.leaf()) {
                continue;
            }
            CompletionCount.add(ledger, task, completion);
            total++;
            switch (task.status()) {
                case COMPLETED -> completed++;
                case OPEN -> running++;
                case SUSPENDED -> suspended++;
                case CANCELLED -> cancelled++;
            }
            LocalDate today = ledger.today(task);
            if (task.status().running()
                    && task.milestones().stream().anyMatch(m -> !m.done() && today.isAfter(m.dueOn()))) {
                overdue++;
            }
            if (task.status().running()) {
                Rag colour = ledger.rag(task).colour();
                red += colour == Rag.RED ? 1 : 0;
                yellow += colour == Rag.YELLOW ? 1 : 0;
                green += colour == Rag.GREEN ? 1 : 0;
            }
        }
        return new Bulletin.Summary(total, completed, running, suspended, cancelled, overdue, red, yellow, green,
                CompletionEntry.of(completion.figures()));
    }

    Bulletin bulletin(MonthFigures figures) {
        BulletinNaming naming = settings.naming(figures.planId());
        List<Bulletin.UnitLine> lines = new ArrayList<>();
        List<Bulletin.Mention> commended = new ArrayList<>();
        List<Bulletin.Mention> named = new ArrayList<>();
        for (MonthFigures.UnitFigures unit : figures.units()) {
            UnitMonth month = unit.month();
            lines.add(new Bulletin.UnitLine(unit.unitId(), unit.unitName(), unit.category().name(),
                    unit.category().label(), month.reportsOwed(), month.reportsOnTime(), month.reportsLate(),
                    month.reportsMissing(), month.reportsOpen(), unit.returned(), month.milestonesDue(), month.milestonesMet(),
                    month.milestonesOverdue(), unit.attainment(), unit.score().score(), unit.rank(), unit.rankedIn(),
                    unit.acknowledgementsOverdue(), CompletionEntry.of(unit.completion())));
            if (naming.commended(month, unit.score().score())) {
                commended.add(new Bulletin.Mention(unit.unitId(), unit.unitName(),
                        List.of("按时报送" + month.reportsOnTime() + "次，得分" + unit.score().score().toPlainString())));
            }
            List<String> reasons = naming.reasons(month);
            if (!reasons.isEmpty()) {
                named.add(new Bulletin.Mention(unit.unitId(), unit.unitName(), reasons));
            }
        }
        AssessmentWeights weights = settings.weights(figures.planId());
        return new Bulletin(figures.planId(), figures.planTitle(), figures.docNumber(), figures.month().month().toString(),
                figures.readAt(), figures.provisional(), figures.summary(), lines, commended, named,
                new Bulletin.Weights(weights.reports(), weights.milestones(), weights.targets()));
    }

    Assessment assessment(MonthFigures figures) {
        AssessmentWeights weights = settings.weights(figures.planId());
        List<Assessment.UnitScore> units = new ArrayList<>();
        for (MonthFigures.UnitFigures unit : figures.units()) {
            List<Assessment.Part> parts = new ArrayList<>();
            for (ComponentScore component : unit.score().components()) {
                parts.add(new Assessment.Part(component.component().name(), component.weight(),
                        component.effectiveWeight(), component.rate(), component.points(), basis(component, unit)));
            }
            units.add(new Assessment.UnitScore(unit.unitId(), unit.unitName(), unit.category().name(),
                    unit.score().score(), unit.rank(), unit.rankedIn(), parts));
        }
        return new Assessment(figures.planId(), figures.month().month().toString(), figures.readAt(),
                figures.provisional(), new Bulletin.Weights(weights.reports(), weights.milestones(), weights.targets()),
                units);
    }

    /** What a component's rate is made of, for people. */
    private static String basis(ComponentScore component, MonthFigures.UnitFigures unit) {
        UnitMonth month = unit.month();
        return switch (component.component()) {
            case REPORTS -> month.reportsOwed() == 0 ? "本月无应报送期次"
                    : "应报送" + month.reportsOwed() + "次，按时" + month.reportsOnTime() + "次";
            case MILESTONES -> month.milestonesDue() == 0 ? "本月无到期节点"
                    : "到期节点" + month.milestonesDue() + "个，按期完成" + month.milestonesMet() + "个";
            case TARGETS -> unit.attainments().isEmpty() ? "无考核目标"
                    : unit.attainments().size() + "项目标，平均完成率(封顶100%)"
                            + unit.attainment().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)
                                    .toPlainString() + "%";
        };
    }
}
