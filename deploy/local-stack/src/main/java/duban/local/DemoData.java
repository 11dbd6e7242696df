package duban.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Loads demo tasks of the reference plan 新政办〔2017〕102号 through the public REST API, exactly
 * as a client would, so the demo shows the same path real data takes.
 */
final class DemoData {

    static final String PLAN_ID = "xinxiang-2017-102";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final List<String> TASKS = List.of(
            """
            {"planId":"%s","code":"一.(二).1.(2)","title":"加快发展高新技术企业",
             "text":"实施“小升高”培育行动,开展“高企政策进园区”活动,全年组织开展2批高新技术企业认定推荐工作。",
             "leadUnitIds":["市科技局","市财政局","市国税局","市地税局"],"coUnitIds":["红旗区","牧野区","高新区"],
             "timelineText":"2017年6月底前已完成了第一批高企推荐工作,9月底前完成第二批高企推荐工作;12月底前,全市新培育高新技术企业30家"}
            """,
            """
            {"planId":"%s","code":"一.(二).1.(3)","title":"培育科技型中小企业",
             "text":"加大政策支持力度,实施“科技小巨人”企业培育工程。",
             "leadUnitIds":["市科技局"],"coUnitIds":["市财政局","红旗区","高新区"],
             "timelineText":"2017年12月底前全市新培育科技型中小企业150家"}
            """,
            """
            {"planId":"%s","code":"一.(二).2.(1)","title":"加快组织实施牧野人才计划",
             "text":"完成牧野人才顶层规划设计,推动积极、开放的人才引进政策组织实施。",
             "leadUnitIds":["市委组织部"],"coUnitIds":["市人社局","市科技局"],
             "timelineText":"2017年10月16日前明确牧野人才计划;11月15日前完成首批评审工作;11月底前兑现落实支持政策、资金。"}
            """);

    private DemoData() {
    }

    /** Creates the demo tasks; returns how many were created. */
    static int load(String tasksUrl) {
        int created = 0;
        for (String task : TASKS) {
            HttpResponse<String> response = post(tasksUrl + "/api/v1/tasks", task.formatted(PLAN_ID), "demo-task-" + created);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("demo task refused: " + response.statusCode() + " " + response.body());
            }
            created++;
        }
        return created;
    }

    private static HttpResponse<String> post(String url, String json, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
