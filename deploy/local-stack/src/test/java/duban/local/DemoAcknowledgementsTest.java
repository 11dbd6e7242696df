package duban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's 签收 against a stand-in for tasks-service that answers the plan list and tree and records every
 * acknowledgement: which units acknowledge, as whom, is the same on every run.
 */
class DemoAcknowledgementsTest {

    private static final String PLANS = """
            [{"id":"other","docNumber":"新政办〔2017〕1号"},{"id":"seed","docNumber":"新政办〔2017〕102号"}]""";
    /** An area without units, holding three tasks with units, the second of them an item with a leaf below. */
    private static final String TREE = """
            [{"id":"area","leadUnits":[],"coUnits":[],"children":[
              {"id":"t1","leadUnits":[{"id":"u-a"},{"id":"u-b"}],"coUnits":[{"id":"u-c"}],"children":[]},
              {"id":"t2","leadUnits":[{"id":"u-a"},{"id":"u-d"}],"coUnits":[{"id":"u-c"}],"children":[
                {"id":"t3","leadUnits":[{"id":"u-d"}],"coUnits":[{"id":"u-e"}],"children":[]}]}]}]""";

    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String url;

    @BeforeEach
    void startTasksService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/plans", exchange -> answer(exchange, 200,
                exchange.getRequestURI().getPath().endsWith("/seed/tasks") ? TREE : PLANS));
        server.createContext("/api/v1/tasks", exchange -> {
            String task = exchange.getRequestURI().getPath().split("/")[4];
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            acknowledged.add(task + " " + token.substring("Bearer ".length()));
            // the second run finds u-a's acknowledgement of t1 there already
            answer(exchange, acknowledged.size() > 6 && task.equals("t1") && token.endsWith("u-a") ? 409 : 201, "{}");
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyUnitOnAlternateTasksAndOnlyTheFirstLeadOnTheOthersAcknowledges() {
        int recorded = DemoData.acknowledgeSome(url, "supervisor", unitId -> "clerk-of-" + unitId);

        assertThat(acknowledged).containsExactly("t1 clerk-of-u-a", "t1 clerk-of-u-b", "t1 clerk-of-u-c",
                "t2 clerk-of-u-a", "t3 clerk-of-u-d", "t3 clerk-of-u-e");
        assertThat(recorded).isEqualTo(6);
        assertThat(DemoData.acknowledgeSome(url, "supervisor", unitId -> "clerk-of-" + unitId))
                .as("an acknowledgement recorded before is no error").isEqualTo(5);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
