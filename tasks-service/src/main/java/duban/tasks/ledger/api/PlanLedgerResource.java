package duban.tasks.ledger.api;

import duban.http.problem.AsOf;
import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.http.security.Roles;
import duban.tasks.ledger.query.PlanLedgerQuery;
import duban.workbook.Ledger;
import duban.workbook.LedgerWorkbookWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/ledger.xlsx")
@Tag(name = "Ledger", description = "The plan's 工作台账 as an Excel workbook")
@RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
public class PlanLedgerResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PlanLedgerQuery ledgers;

    private final LedgerWorkbookWriter writer = new LedgerWorkbookWriter();

    @GET
    @Produces({XLSX, Problem.MEDIA_TYPE})
    @Operation(summary = "Export the plan's 工作台账 (.xlsx), now or as of a past instant",
            description = "Sheet 工作台账: one row per leaf task with 序号, 任务, 牵头单位, 同责单位, 时间进度, 目标分解, "
                    + "最新进展 (each unit's report in force) and 完成情况 (status, milestones done of all). Sheet "
                    + "目标分解: the quota table, units down, targets across. A hidden sheet 名录 keeps the areas and "
                    + "items above the rows, the units and the groups, so POST /api/v1/imports/ledger reads the file "
                    + "back into the same plan. Units appear by name.")
    @APIResponse(responseCode = "200", description = "The workbook; Content-Disposition names it after the plan",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "asOf is not an ISO-8601 instant with offset")
    @APIResponse(responseCode = "404", description = "No such plan (or none yet at asOf)")
    public Response export(@Parameter(description = "the plan's id", example = "6f1c0b8e-9a47-3d0f-8b4e-2d6a1f3c9e55")
                           @PathParam("planId") String planId,
                           @Parameter(description = AsOf.DESCRIPTION) @QueryParam("asOf") String asOf) {
        Ledger ledger = ledgers.ledger(planId, AsOf.parse(asOf))
                .orElseThrow(() -> ProblemException.notFound("plan", planId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(ledger, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toByteArray(), XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, LedgerFileName.contentDisposition(planId, ledger.planTitle()))
                .build();
    }
}
