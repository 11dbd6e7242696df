package duban.tasks.notice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.TestNotices;
import duban.tasks.notice.UnitDirectory;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import org.junit.jupiter.api.Test;

/** The benchmark's large notice is what it claims: 1,000 well-formed tasks, read without an oddity. */
class GeneratedNoticeTest {

    @Test
    void parsesIntoAThousandTasksWithoutOddities() {
        ParsedNotice notice = NoticeParser.parse(GeneratedNotice.of(1000), UnitDirectory.empty());

        assertThat(notice.leafTasks()).hasSize(1000).allSatisfy(task -> {
            assertThat(task.leadUnits()).hasSize(1);
            assertThat(task.coGroups()).containsExactly("各县(市)、区");
            assertThat(task.milestones()).hasSize(2);
            assertThat(task.targets()).singleElement().satisfies(t -> assertThat(t.allocations()).hasSize(5));
        });
        assertThat(notice.allTasks()).extracting(ParsedTask::code).contains("一.(二十).5.(10)");
        assertThat(notice.group("各县(市)、区").orElseThrow().members()).hasSize(10);
        assertThat(TestNotices.oddities(notice)).isEmpty();
        assertThat(notice.plan().reportingDays()).containsExactly(5, 20);
    }
}
