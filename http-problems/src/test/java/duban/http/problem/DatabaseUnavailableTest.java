package duban.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aDatabaseOutOfReachIsFoundAnywhereInTheCauses() {
        // As a command's append meets a stopped server: the driver's refusal, wrapped by the store and the framework.
        Throwable append = new IllegalStateException("append failed", new RuntimeException("store",
                new SQLException("Connection to localhost:15432 refused", "08001", new ConnectException("refused"))));
        assertThat(DatabaseUnavailable.causedBy(append)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("An I/O error occurred while sending to the backend.",
                "08006"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLTransientConnectionException(
                "Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new ConnectException("Connection refused"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("canceling statement due to user request", "57014")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
    }

    @Test
    void theAnswerIsAProblemWithRetryAfter() {
        Response answer = DatabaseUnavailable.response();
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.type()).isEqualTo(Problem.type("database-unavailable"));
        assertThat(problem.status()).isEqualTo(503);
    }
}
