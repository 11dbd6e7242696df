package duban.tasks.unit.api;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import duban.events.unit.UnitCategory;
import duban.tasks.domain.rule.LedgerRuleViolation;
import duban.tasks.domain.rule.Violation;
import duban.tasks.unit.command.RegisterUnit;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/** Names stay unique when registrations race past the Unit aggregate's check of the directory. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class UnitNameRaceTest {

    @Inject
    CommandGateway gateway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theClaimsTableRefusesASecondUnitOfTheSameNameThatRacedPastTheAggregatesCheck() throws Exception {
        String name = Directory.fresh("新乡市统计局");
        String first = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // The first registration claims the name in a transaction left open, so the second one's check of the
            // directory (committed claims only) passes and it meets the claim inside its own transaction.
            QuarkusTransaction.begin();
            gateway.sendAndWait(new RegisterUnit(first, name, UnitCategory.CITY_DEPARTMENT, List.of()));
            Future<?> second = pool.submit(() -> gateway.sendAndWait(
                    new RegisterUnit(UUID.randomUUID().toString(), name, UnitCategory.OTHER, List.of())));
            awaitALockWaiter();
            QuarkusTransaction.commit();

            ExecutionException refused = assertThrows(ExecutionException.class, second::get);
            LedgerRuleViolation violation = cause(refused, LedgerRuleViolation.class);
            assertEquals(Violation.UNIT_NAME_TAKEN, violation.violation());
            assertEquals(List.of(new LedgerRuleViolation.FieldProblem("name", name + " already names unit " + first)),
                    violation.fields(), "refused by the claims table, which names the holder by id only");
        } finally {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            pool.shutdownNow();
        }
        As.auditor().get("/api/v1/units").then().body("findAll { it.name == '" + name + "' }", hasSize(1));
    }

    private void awaitALockWaiter() throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Connection connection = dataSource.getConnection();
                 Statement query = connection.createStatement();
                 ResultSet row = query.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
                row.next();
                if (row.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the second registration never waited for the first one's claim");
    }

    @Test
    void ofTwoConcurrentRegistrationsOfOneNameExactlyOneSucceeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String name = Directory.fresh("新乡市科学技术局");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Callable<Integer> register = () -> {
                        start.await();
                        return As.supervisor().contentType(ContentType.JSON)
                                .body(new RegisterUnitRequest(name, "市直部门", List.of()))
                                .post("/api/v1/units").statusCode();
                    };
                    answers.add(pool.submit(register));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                statuses.sort(Integer::compare);
                assertEquals(List.of(201, 409), statuses, "round " + round);
                As.auditor().get("/api/v1/units").then().body("findAll { it.name == '" + name + "' }", hasSize(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("not caused by " + type.getSimpleName() + ": " + error, error);
    }
}
