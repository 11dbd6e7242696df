package duban.tasks.audit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.audit.chain.ChainHash;
import duban.tasks.audit.checkpoint.Checkpoint;
import duban.tasks.eventstore.ChainedEvent;
import duban.tasks.eventstore.EventRow;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private Ledger ledger;
    private long a0;
    private long a1;
    private long b0;
    private long a2;
    private long b1;

    /** Two tasks, interleaved, with a checkpoint after the first three events and one at the end. */
    @BeforeEach
    void twoTasksAndTwoCheckpoints() {
        ledger = new Ledger();
        a0 = ledger.append("task-a");
        a1 = ledger.append("task-a");
        b0 = ledger.append("task-b");
        ledger.checkpoint();
        a2 = ledger.append("task-a");
        b1 = ledger.append("task-b");
        ledger.checkpoint();
    }

    @Test
    void anUntouchedStoreIsIntact() {
        VerifyReport report = ledger.verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(5);
        assertThat(report.checkpointsChecked()).isEqualTo(2);
        assertThat(report.firstBrokenLink()).isNull();
    }

    @Test
    void eventsAfterTheLastCheckpointAreCheckedByTheirChains() {
        ledger.append("task-c");
        ledger.gap();
        ledger.append("task-a");

        assertThat(ledger.verify().intact()).isTrue();
        assertThat(ledger.verify().eventsChecked()).isEqualTo(7);
    }

    @Test
    void anEditedPayloadNamesThatEvent() {
        ledger.put(Ledger.withPayload(ledger.at(a1), "{\"text\":\"改过的进展\"}"));

        assertBroken(a1, "task-a", 1, "edited");
    }

    @Test
    void aRowRewrittenWithANewHashIsNamedByItsSuccessorsLink() {
        ledger.put(Ledger.rehashed(Ledger.withPayload(ledger.at(a1), "{\"text\":\"改过的进展\"}")));

        assertBroken(a1, "task-a", 1, "edited");
    }

    @Test
    void theLastEventRewrittenWithANewHashContradictsTheCheckpoint() {
        ledger.put(Ledger.rehashed(Ledger.withPayload(ledger.at(a2), "{\"text\":\"改过的进展\"}")));

        assertBroken(a2, "task-a", 2, "edited");
        assertThat(ledger.verify().firstBrokenLink().detail()).contains("checkpoint 2");
    }

    @Test
    void aDeletedMiddleEventNamesTheNextOne() {
        ledger.delete(a1);

        assertBroken(a2, "task-a", 2, "missing-predecessor");
    }

    @Test
    void aDeletedEventWhoseSuccessorIsInALaterWindowStillNamesTheSuccessor() {
        Ledger fresh = new Ledger();
        fresh.append("task-a");
        long second = fresh.append("task-a");
        fresh.checkpoint();
        fresh.append("task-b");
        fresh.checkpoint();
        long third = fresh.append("task-a");
        fresh.checkpoint();
        fresh.delete(second);

        BrokenLink broken = fresh.verify().firstBrokenLink();
        assertThat(broken.problem()).isEqualTo("missing-predecessor");
        assertThat(broken.globalIndex()).isEqualTo(third);
        assertThat(broken.sequence()).isEqualTo(2);
    }

    @Test
    void aDeletedLastEventIsCaughtByTheCheckpointThatBoundIt() {
        ledger.delete(b1);

        assertBroken(b1, "task-b", 1, "checkpoint-mismatch");
        assertThat(ledger.verify().firstBrokenLink().detail()).contains("deleted");
    }

    @Test
    void aDeletedOnlyEventOfAnAggregateIsCaughtToo() {
        Ledger fresh = new Ledger();
        fresh.append("task-a");
        long only = fresh.append("task-b");
        fresh.checkpoint();
        fresh.delete(only);

        BrokenLink broken = fresh.verify().firstBrokenLink();
        assertThat(broken.problem()).isEqualTo("checkpoint-mismatch");
        assertThat(broken.aggregateId()).isEqualTo("task-b");
        assertThat(broken.sequence()).isZero();
    }

    @Test
    void aForgedNewAggregateInAGapBelowACheckpointIsInserted() {
        Ledger fresh = new Ledger();
        fresh.append("task-a");
        long gap = fresh.gap();
        fresh.append("task-a");
        fresh.checkpoint();
        EventRow forged = Ledger.row(gap, "task-forged", 0, "{\"text\":\"伪造\"}");
        fresh.put(new ChainedEvent(forged, ChainHash.GENESIS, ChainHash.of(ChainHash.GENESIS, forged)));

        BrokenLink broken = fresh.verify().firstBrokenLink();
        assertThat(broken.problem()).isEqualTo("inserted");
        assertThat(broken.globalIndex()).isEqualTo(gap);
        assertThat(broken.aggregateId()).isEqualTo("task-forged");
    }

    @Test
    void aForgedEventAppendedToAChainBelowACheckpointIsInserted() {
        Ledger fresh = new Ledger();
        long first = fresh.append("task-a");
        long gap = fresh.gap();
        fresh.append("task-b");
        fresh.checkpoint();
        ChainedEvent head = fresh.at(first);
        EventRow forged = Ledger.row(gap, "task-a", 1, "{\"text\":\"伪造\"}");
        fresh.put(new ChainedEvent(forged, head.hash(), ChainHash.of(head.hash(), forged)));

        BrokenLink broken = fresh.verify().firstBrokenLink();
        assertThat(broken.problem()).isEqualTo("inserted");
        assertThat(broken.globalIndex()).isEqualTo(gap);
        assertThat(broken.sequence()).isEqualTo(1);
    }

    @Test
    void swappedGlobalIndexesAreReordered() {
        ledger.swap(a1, b0);

        BrokenLink broken = ledger.verify().firstBrokenLink();
        assertThat(broken.problem()).isEqualTo("reordered");
        assertThat(broken.globalIndex()).isEqualTo(a1);
        assertThat(broken.aggregateId()).isEqualTo("task-b");
        assertThat(broken.detail()).contains("hashed at global index " + b0);
    }

    @Test
    void swappedEventsOfOneAggregateAreReordered() {
        ledger.swap(a0, a1);

        assertBroken(a0, "task-a", 1, "reordered");
    }

    @Test
    void anAlteredCheckpointIsAMismatch() {
        Checkpoint first = ledger.checkpointAt(0);
        ledger.replaceCheckpoint(0, new Checkpoint(first.number(), first.upToGlobalIndex() + 1,
                first.headsDigest(), first.changedHeads(), first.prevHash(), first.hash(), first.createdAt()));

        BrokenLink broken = ledger.verify().firstBrokenLink();
        assertThat(broken.problem()).isEqualTo("checkpoint-mismatch");
        assertThat(broken.detail()).contains("checkpoint 1 was altered");
    }

    @Test
    void aRemovedCheckpointBreaksTheCheckpointChain() {
        ledger.deleteCheckpoint(0);

        BrokenLink broken = ledger.verify().firstBrokenLink();
        assertThat(broken.problem()).isEqualTo("checkpoint-mismatch");
        assertThat(broken.detail()).contains("checkpoint chain is broken before checkpoint 2");
    }

    @Test
    void aCheckpointWhoseDigestDisagreesIsAMismatch() {
        Checkpoint first = ledger.checkpointAt(0);
        String digest = "f".repeat(64);
        ledger.replaceCheckpoint(0, new Checkpoint(1, first.upToGlobalIndex(), digest, first.changedHeads(),
                first.prevHash(), Checkpoint.hashOf(1, first.upToGlobalIndex(), digest, first.changedHeads(),
                first.prevHash(), first.createdAt()), first.createdAt()));

        BrokenLink broken = ledger.verify().firstBrokenLink();
        assertThat(broken.problem()).isEqualTo("checkpoint-mismatch");
        assertThat(broken.detail()).contains("heads of all aggregates");
    }

    @Test
    void theIncrementalDigestAgreesWithOneComputedFromScratchOverManyAggregates() {
        Ledger many = new Ledger();
        for (int round = 0; round < 5; round++) {
            for (int task = 0; task < 300; task += round + 1) {
                many.append("task-" + task);
            }
            many.checkpoint();
        }

        VerifyReport report = many.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.checkpointsChecked()).isEqualTo(5);
    }

    @Test
    void theCountsStopAtTheBreak() {
        ledger.put(Ledger.withPayload(ledger.at(a2), "{}"));

        VerifyReport report = ledger.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.eventsChecked()).isEqualTo(3);
        assertThat(report.checkpointsChecked()).isEqualTo(1);
        assertThat(List.of(report.firstBrokenLink().problem())).containsExactly("edited");
    }

    private void assertBroken(long globalIndex, String aggregateId, long sequence, String problem) {
        VerifyReport report = ledger.verify();
        assertThat(report.intact()).isFalse();
        BrokenLink broken = report.firstBrokenLink();
        assertThat(broken.problem()).isEqualTo(problem);
        assertThat(broken.globalIndex()).isEqualTo(globalIndex);
        assertThat(broken.aggregateId()).isEqualTo(aggregateId);
        assertThat(broken.sequence()).isEqualTo(sequence);
        assertThat(broken.detail()).isNotBlank();
    }
}
