package duban.tasks.infrastructure.axon;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.RegisteredUnits;
import duban.tasks.task.command.UrgeUnits;
import duban.testing.identity.As;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The aggregate cache never answers with state a transaction may still roll back: a command that joined
 * a transaction begun elsewhere (an import, an Idempotency-Key record) leaves nothing cached until that
 * transaction has committed, so the next command sees what was committed, whichever way it ended.
 */
@QuarkusTest
class AggregateCacheTransactionsTest {

    @Inject
    CommandGateway commands;

    @Inject
    AxonSetup axon;

    @BeforeEach
    void registerUnits() {
        RegisteredUnits.ensure("市科技局");
    }

    @Test
    void aCommandOfAnOwnTransactionLeavesTheTaskCached() {
        String id = newTask();
        commands.sendAndWait(urge(id, 0L));
        assertThat(axon.aggregateCache().containsKey(id)).isTrue();
        commands.sendAndWait(urge(id, 1L));
    }

    @Test
    void aCommandOfAJoinedTransactionThatRollsBackLeavesNoTrace() {
        String id = newTask();
        commands.sendAndWait(urge(id, 0L));

        QuarkusTransaction.begin();
        try {
            commands.sendAndWait(urge(id, 1L));
            assertThat(axon.aggregateCache().containsKey(id)).isFalse();
        } finally {
            QuarkusTransaction.rollback();
        }

        assertThat(axon.aggregateCache().containsKey(id)).isFalse();
        // Version 1 is still the task's last committed version; a cached rolled-back task would say 2.
        commands.sendAndWait(urge(id, 1L));
    }

    @Test
    void aCommandOfAJoinedTransactionIsCachedOnlyOnceThatTransactionCommitted() {
        String id = newTask();
        QuarkusTransaction.begin();
        try {
            commands.sendAndWait(urge(id, 0L));
            assertThat(axon.aggregateCache().containsKey(id)).isFalse();
        } finally {
            QuarkusTransaction.commit();
        }

        assertThat(axon.aggregateCache().containsKey(id)).isTrue();
        commands.sendAndWait(urge(id, 1L));
        commands.sendAndWait(urge(id, 2L));
    }

    @Test
    void twoCommandsOnOneTaskInOneTransactionLeaveTheLaterCachedOnceItCommitted() {
        String id = newTask();
        // As a batch of writes does: both join one transaction, and their commits complete in the order they ran.
        QuarkusTransaction.begin();
        try {
            commands.sendAndWait(urge(id, 0L));
            commands.sendAndWait(urge(id, 1L));
        } finally {
            QuarkusTransaction.commit();
        }

        assertThat(axon.aggregateCache().containsKey(id)).isTrue();
        // A task cached at the first command's state would try to store version 2 again.
        commands.sendAndWait(urge(id, 2L));
        commands.sendAndWait(urge(id, 3L));
    }

    @Test
    void aReportSentWithAnIdempotencyKeyLeavesTheTaskCachedAtItsCommittedVersion() {
        String id = newTask();
        As.unit(RegisteredUnits.id("市科技局")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "cache-" + UUID.randomUUID())
                .body("{\"unitId\":\"市科技局\",\"text\":\"带幂等键的报送\"}")
                .post("/api/v1/tasks/" + id + "/reports").then().statusCode(201).header("ETag", "\"1\"");

        assertThat(axon.aggregateCache().containsKey(id)).isTrue();
        commands.sendAndWait(urge(id, 1L));
    }

    private static UrgeUnits urge(String taskId, long expectedVersion) {
        return new UrgeUnits(taskId, expectedVersion, List.of(RegisteredUnits.id("市科技局")), "催办 " + expectedVersion);
    }

    private static String newTask() {
        return As.supervisor().contentType(ContentType.JSON).body("""
                {"planId":"p-cache-%s","code":"一.(一).1","title":"缓存任务","leadUnitIds":["市科技局"]}"""
                        .formatted(UUID.randomUUID()))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }
}
