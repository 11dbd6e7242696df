package duban.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    @Test
    void writesTheTaskAndReportBodiesOfTheApi() {
        assertThat(JsonBodies.createTask("plan-1", "L.1", "负载 \"测试\"", List.of("u1", "u2")))
                .isEqualTo("{\"planId\":\"plan-1\",\"code\":\"L.1\",\"title\":\"负载 \\\"测试\\\"\","
                        + "\"leadUnitIds\":[\"u1\",\"u2\"],\"coUnitIds\":[]}");
        assertThat(JsonBodies.report("u1", "进展\n顺利")).isEqualTo("{\"unitId\":\"u1\",\"text\":\"进展\\n顺利\"}");
    }

    @Test
    void readsTheIdOfACreatedTask() {
        assertThat(JsonBodies.id("{\"id\":\"abc-1\",\"version\":0}")).isEqualTo("abc-1");
        assertThatThrownBy(() -> JsonBodies.id("{\"version\":0}")).hasMessageContaining("no id");
        assertThatThrownBy(() -> JsonBodies.id("<html>")).hasMessageContaining("not JSON");
    }

    @Test
    void abbreviatesLongAnswers() {
        assertThat(JsonBodies.abbreviate("a\n  b")).isEqualTo("a b");
        assertThat(JsonBodies.abbreviate("x".repeat(400))).hasSize(301).endsWith("…");
        assertThat(JsonBodies.abbreviate(null)).isEmpty();
    }
}
