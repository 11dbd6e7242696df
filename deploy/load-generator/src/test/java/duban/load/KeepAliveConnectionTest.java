package duban.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeepAliveConnectionTest {

    private HttpServer server;
    private final Set<String> clientPorts = ConcurrentHashMap.newKeySet();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private KeepAliveConnection connection;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fixed", exchange -> answer(exchange, 201, "{\"id\":\"任务-1\"}", false));
        server.createContext("/chunked", exchange -> answer(exchange, 200, "x".repeat(10_000) + "完", true));
        server.createContext("/empty", exchange -> {
            record(exchange);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        connection = new KeepAliveConnection(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        connection.close();
        server.stop(0);
    }

    @Test
    void aBodyOfKnownLengthIsReadWholeAndTheConnectionKept() throws IOException {
        TasksApi.Answer first = connection.exchange("POST", "/fixed", "application/json", "tok", "{\"text\":\"进展\"}");
        TasksApi.Answer second = connection.exchange("POST", "/fixed", "application/json", "tok", "{}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body()).isEqualTo("{\"id\":\"任务-1\"}");
        assertThat(second.ok()).isTrue();
        assertThat(clientPorts).hasSize(1);
        assertThat(requests.get(0)).isEqualTo("POST /fixed Bearer tok application/json {\"text\":\"进展\"}");
    }

    @Test
    void aChunkedBodyIsReassembled() throws IOException {
        TasksApi.Answer answer = connection.exchange("GET", "/chunked", null, null, null);
        assertThat(answer.body()).hasSize(10_001).endsWith("x完");
        assertThat(connection.exchange("GET", "/empty", null, null, null).status()).isEqualTo(204);
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void aConnectionTheServerDroppedIsAnErrorNotAHang() throws IOException {
        connection.exchange("GET", "/empty", null, null, null);
        server.stop(0);
        assertThatThrownBy(() -> connection.exchange("GET", "/empty", null, null, null)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> connection.exchange("GET", "/empty", null, null, null)).isInstanceOf(IOException.class);
    }

    @Test
    void onlyPlainHttpIsAccepted() {
        assertThatThrownBy(() -> new KeepAliveConnection(URI.create("https://localhost:8443"), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void answer(HttpExchange exchange, int status, String body, boolean chunked) throws IOException {
        record(exchange);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void record(HttpExchange exchange) throws IOException {
        clientPorts.add(String.valueOf(exchange.getRemoteAddress().getPort()));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + authorization + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
    }
}
