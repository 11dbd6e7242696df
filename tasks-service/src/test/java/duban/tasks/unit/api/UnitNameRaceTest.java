package duban.tasks.unit.api;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duban.events.unit.UnitCategory;
import duban.tasks.lookup.UnitNameTaken;
import duban.tasks.unit.command.RegisterUnit;
import duban.testing.identity.As;
import duban.testing.infrastructure.KafkaTestResource;
import duban.testing.infrastructure.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/** Names stay unique when requests race past the check the resource makes before sending the command. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tasks"))
class UnitNameRaceTest {

    @Inject
    CommandGateway gateway;

    @Test
    void theClaimsTableRefusesASecondUnitOfTheSameNameInsideTheCommand() {
        String name = Directory.fresh("新乡市统计局");
        gateway.sendAndWait(new RegisterUnit(UUID.randomUUID().toString(), name, UnitCategory.CITY_DEPARTMENT,
                List.of()));

        // sent past the resource's check, as a request racing the first would be
        RuntimeException refused = assertThrows(RuntimeException.class, () -> gateway.sendAndWait(
                new RegisterUnit(UUID.randomUUID().toString(), name, UnitCategory.OTHER, List.of())));
        assertTrue(causedBy(refused, UnitNameTaken.class), () -> "refused with " + refused);
        org.junit.jupiter.api.Assertions.assertInstanceOf(UnitNameTaken.class, refused);
        As.auditor().get("/api/v1/units").then().body("findAll { it.name == '" + name + "' }", hasSize(1));
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

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
