package duban.notification.schedule.api;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import duban.http.security.UnitScope;
import duban.http.security.CallerIdentity;
import duban.http.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import duban.events.task.ReportingCadence;
import duban.notification.schedule.CadenceJson;
import duban.notification.schedule.ScheduleCalculator;
import duban.notification.schedule.model.FiledReport;
import duban.notification.schedule.model.Obligation;
import duban.notification.schedule.model.PlanRules;
import duban.notification.schedule.model.TaskHeader;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.reactive.mutiny.Mutiny;

@Path("/api/v1/units/{unitId}/schedule")
@Tag(name = "Schedules", description = "When each unit (单位) must report next")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    CallerIdentity caller;

    @Inject
    ScheduleCalculator calculator;

    @Inject
    Clock clock;

    @Inject
    CadenceJson cadence;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.UNIT})
    @Extension(name = UnitScope.EXTENSION, value = UnitScope.OWN_UNIT)
    @Operation(summary = "A unit's reporting schedule: what it owes and its next deadline")
    @APIResponse(responseCode = "200", description = "The schedule (no obligations when the unit holds no open task)",
            content = @Content(schema = @Schema(implementation = UnitSchedule.class)))
    @APIResponse(responseCode = "400", description = "Invalid unit id")
    @APIResponse(responseCode = "403", description = "A unit's clerk asked for another unit's schedule")
    public Uni<UnitSchedule> schedule(@PathParam("unitId") @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]+")
                                      String unitId) {
        // A unit sees its own schedule only.
        caller.requireMayActFor(unitId);
        return sessions.withSession(session -> session
                .createSelectionQuery("from Obligation o where o.unitId = :unit and o.active = true", Obligation.class)
                .setParameter("unit", unitId)
                .getResultList()
                .chain(obligations -> {
                    List<String> planIds = obligations.stream().map(o -> o.planId).distinct().toList();
                    Uni<List<PlanRules>> rules = planIds.isEmpty() ? Uni.createFrom().item(List.of())
                            : session.createSelectionQuery("from PlanRules p where p.planId in :plans", PlanRules.class)
                                    .setParameter("plans", planIds).getResultList();
                    // One session runs one query at a time: chain, never combine.
                    return rules.chain(planRules -> session
                            .createSelectionQuery("from TaskHeader t where t.taskId in :tasks", TaskHeader.class)
                            .setParameter("tasks", obligations.stream().map(o -> o.taskId).toList())
                            .getResultList()
                            .chain(headers -> session
                                    .createSelectionQuery("from FiledReport f where f.unitId = :unit", FiledReport.class)
                                    .setParameter("unit", unitId).getResultList()
                                    .map(filed -> schedule(unitId, obligations, planRules, headers, filed))));
                }));
    }

    private UnitSchedule schedule(String unitId, List<Obligation> obligations, List<PlanRules> planRules,
                                  List<TaskHeader> headers, List<FiledReport> filed) {
        Map<String, PlanRules> rulesByPlan = planRules.stream()
                .collect(Collectors.toMap(r -> r.planId, Function.identity()));
        Map<String, ReportingCadence> cadences = new HashMap<>();
        headers.forEach(header -> {
            if (header.cadence != null) {
                cadences.put(header.taskId, cadence.read(header.cadence));
            }
        });
        Map<String, Set<LocalDate>> reported = filed.stream().collect(Collectors.groupingBy(
                f -> f.taskId, Collectors.mapping(f -> f.period, Collectors.toSet())));
        return calculator.scheduleOf(unitId, clock.instant(), obligations, rulesByPlan, cadences, reported);
    }
}
