package duban.tasks.task.api;

import static org.hamcrest.Matchers.equalTo;

import duban.tasks.RegisteredUnits;
import duban.testing.identity.As;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * A task to write to, with the units of the seed plan it names: 市科技局 and 市财政局 lead, 红旗区 shares it,
 * 牧野区 stands outside. Every test starts from a fresh task.
 */
public final class TaskFixture {

    static final String PROBLEM = "application/problem+json";
    public static final String LEAD = "市科技局";
    static final String SECOND_LEAD = "市财政局";
    public static final String CO = "红旗区";
    public static final String OUTSIDER = "牧野区";

    public final String id;

    private TaskFixture(String id) {
        this.id = id;
    }

    public static void registerUnits() {
        RegisteredUnits.ensure(LEAD, SECOND_LEAD, CO, OUTSIDER);
    }

    /** A new task 加快发展高新技术企业, version 0. */
    public static TaskFixture create() {
        registerUnits();
        String id = As.supervisor().contentType(ContentType.JSON).body("""
                        {"planId":"xinxiang-2017-102","code":"一.(二).1.(2)","title":"加快发展高新技术企业",
                         "leadUnitIds":["市科技局","市财政局"],"coUnitIds":["红旗区"],
                         "timelineText":"12月底前,全市新培育高新技术企业30家"}""")
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        return new TaskFixture(id);
    }

    /** A new task like {@link #create()}'s, in a plan of its own whose reports are reviewed (审核). */
    public static TaskFixture createInReviewedPlan() {
        registerUnits();
        String planId = As.supervisor().contentType(ContentType.JSON).body("""
                        {"title":"审核测试方案","docNumber":"审核〔2017〕%s号","issuedOn":"2017-09-30"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        As.supervisor().contentType(ContentType.JSON).body("{\"required\":true,\"reason\":\"报送须经审核\"}")
                .post("/api/v1/plans/" + planId + "/report-review").then().statusCode(200);
        String id = As.supervisor().contentType(ContentType.JSON).body("""
                        {"planId":"%s","code":"一.(二).1.(2)","title":"加快发展高新技术企业",
                         "leadUnitIds":["市科技局","市财政局"],"coUnitIds":["红旗区"],
                         "timelineText":"12月底前,全市新培育高新技术企业30家"}""".formatted(planId))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        return new TaskFixture(id);
    }

    public static String unit(String name) {
        return RegisteredUnits.id(name);
    }

    /** POSTs {@code body} to {@code /api/v1/tasks/{id}/<path>} as {@code caller}, with If-Match when a version is given. */
    ValidatableResponse post(RequestSpecification caller, String path, String body, Long ifMatch) {
        RequestSpecification request = caller.contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return request.post("/api/v1/tasks/" + id + "/" + path).then();
    }

    /** As the supervisor, without If-Match; asserts the expected status. */
    ValidatableResponse supervisor(String path, String body, int status) {
        return post(As.supervisor(), path, body, null).statusCode(status);
    }

    /** As a unit's clerk, without If-Match; asserts the expected status. */
    ValidatableResponse unit(String name, String path, String body, int status) {
        return post(As.unit(unit(name)), path, body, null).statusCode(status);
    }

    ValidatableResponse read() {
        return As.supervisor().get("/api/v1/tasks/" + id).then().statusCode(200);
    }

    long version() {
        return read().extract().<Integer>path("version").longValue();
    }

    void hasVersion(long version) {
        read().body("version", equalTo((int) version));
    }

    /** A milestone m1, due 2017-12-31, binding 红旗区. */
    public TaskFixture withMilestone() {
        supervisor("milestones", """
                {"milestoneId":"m1","dueOn":"2017-12-31","description":"全市新培育高新技术企业30家",
                 "responsibleUnitIds":["红旗区"]}""", 201);
        return this;
    }

    /** A target t1: 30家, 红旗区 2家 of them. */
    TaskFixture withTarget() {
        supervisor("targets", """
                {"targetId":"t1","description":"新培育高新技术企业","measureWord":"家","total":30,
                 "allocations":[{"unit":"红旗区","min":2},{"unit":"市科技局","min":28}]}""", 201);
        return this;
    }

    /** Report r1 by 市科技局 for the open period. */
    public TaskFixture withReport() {
        unit(LEAD, "reports", "{\"reportId\":\"r1\",\"unitId\":\"市科技局\",\"text\":\"已完成第二批高企推荐工作。\"}", 201);
        return this;
    }

    /** Extension request x1 by 市科技局 moving m1 to 2018-01-31. */
    public TaskFixture withExtensionRequest() {
        unit(LEAD, "extension-requests", """
                {"requestId":"x1","milestoneId":"m1","unitId":"市科技局","requestedDueOn":"2018-01-31",
                 "reason":"省级认定批次推迟"}""", 201);
        return this;
    }

    /** A completion request by 市科技局. */
    public TaskFixture withCompletionRequest() {
        unit(LEAD, "completion-requests", "{\"unitId\":\"市科技局\",\"note\":\"申请销号\"}", 201);
        return this;
    }

    TaskFixture cancelled() {
        supervisor("cancellation", "{\"reason\":\"任务调整\"}", 200);
        return this;
    }

    public TaskFixture suspended() {
        supervisor("suspension", "{\"reason\":\"暂缓实施\"}", 200);
        return this;
    }
}
