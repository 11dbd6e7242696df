package duban.rules.status;

import static org.assertj.core.api.Assertions.assertThat;

import duban.events.task.CompletionApproved;
import duban.events.task.TaskCancelled;
import duban.events.task.TaskResumed;
import duban.events.task.TaskRevised;
import duban.events.task.TaskSuspended;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskStatusTest {

    @Test
    void aTaskIsOpenUntilSuspendedAndOpenAgainWhenResumed() {
        TaskStatus status = TaskStatus.initial();
        assertThat(status).isEqualTo(TaskStatus.OPEN);
        status = status.after(new TaskSuspended("t", "待省里批复"));
        assertThat(status).isEqualTo(TaskStatus.SUSPENDED);
        assertThat(status.running()).isFalse();
        assertThat(status.closed()).isFalse();
        assertThat(status.after(new TaskResumed("t", null))).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void anApprovedCompletionOrACancellationClosesIt() {
        assertThat(TaskStatus.OPEN.after(new CompletionApproved("t", List.of(), null))).isEqualTo(TaskStatus.COMPLETED);
        assertThat(TaskStatus.SUSPENDED.after(new TaskCancelled("t", "机构调整"))).isEqualTo(TaskStatus.CANCELLED);
        assertThat(TaskStatus.COMPLETED.closed()).isTrue();
        assertThat(TaskStatus.CANCELLED.closed()).isTrue();
    }

    @Test
    void otherEventsLeaveTheStatusAsItIs() {
        assertThat(TaskStatus.SUSPENDED.after(new TaskRevised("t", "新标题", null, null, "改"))).isEqualTo(TaskStatus.SUSPENDED);
        assertThat(TaskStatus.EVENTS).hasSize(4);
    }

    @Test
    void theLedgerWordsEveryStatusInChinese() {
        assertThat(List.of(TaskStatus.values())).extracting(TaskStatus::label)
                .containsExactly("推进中", "已暂停", "已办结", "已取消");
    }
}
