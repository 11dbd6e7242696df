package duban.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresAddressTest {

    @Test
    void derivesTheUrlsOfOtherDatabasesFromTheAdminUrl() {
        PostgresAddress address = PostgresAddress.parse("jdbc:postgresql://db.example:6543/postgres?sslmode=require");

        assertThat(address.host()).isEqualTo("db.example");
        assertThat(address.port()).isEqualTo(6543);
        assertThat(address.adminDatabase()).isEqualTo("postgres");
        assertThat(address.jdbcUrl("tasks")).isEqualTo("jdbc:postgresql://db.example:6543/tasks?sslmode=require");
        assertThat(address.reactiveUrl("tasks")).isEqualTo("postgresql://db.example:6543/tasks");
    }

    @Test
    void defaultsThePortAndTheAdminDatabase() {
        PostgresAddress address = PostgresAddress.parse("jdbc:postgresql://localhost/");

        assertThat(address.port()).isEqualTo(5432);
        assertThat(address.adminDatabase()).isEqualTo("postgres");
    }

    @Test
    void rejectsWhatItCannotUse() {
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://localhost:5432/postgres"))
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> PostgresAddress.parse("jdbc:postgresql://a:5432,b:5432/postgres"))
                .hasMessageContaining("one host");
        assertThatThrownBy(() -> PostgresAddress.checkDatabaseName("Tasks")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PostgresAddress.checkDatabaseName("notification")).isEqualTo("notification");
    }
}
