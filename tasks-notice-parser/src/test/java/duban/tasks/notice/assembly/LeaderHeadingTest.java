package duban.tasks.notice.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.TestNotices;
import duban.tasks.notice.model.LeaderLine;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.text.Snippet;
import org.junit.jupiter.api.Test;

class LeaderHeadingTest {

    @Test
    void aHeadingThatNamesTheLeaderOfTheWorkUnderIt() {
        assertThat(LeaderHeading.read(Snippet.line(3, "王宏副市长牵头重点工作"), 3)).get()
                .extracting(LeaderLine::text).isEqualTo("王宏副市长");
        assertThat(LeaderHeading.read(Snippet.line(3, "戴建平常务副市长牵头工作"), 3)).get()
                .extracting(LeaderLine::text).isEqualTo("戴建平常务副市长");
        assertThat(LeaderHeading.read(Snippet.line(3, "李明同志分管工作"), 3)).isEmpty();
        assertThat(LeaderHeading.read(Snippet.line(3, "市长信箱办理工作"), 3)).isEmpty();
        assertThat(LeaderHeading.read(Snippet.line(3, "加快推进重点工作"), 3)).isEmpty();
    }

    @Test
    void theTasksUnderItTakeTheLeaderUnlessTheyNameTheirOwn() {
        ParsedNotice notice = TestNotices.parse(
                "一、重点工作",
                "(一)王宏副市长牵头重点工作",
                "1.加强粮食保障。(牵头单位:市农业农村局)",
                "2.稳定生猪生产。(牵头单位:市农业农村局)",
                "分管领导:李四",
                "(二)完善财政制度",
                "1.深化预算改革。(牵头单位:市财政局)");
        assertThat(notice.task("一.(一).1").orElseThrow().leaders()).extracting(LeaderLine::text)
                .containsExactly("王宏副市长");
        assertThat(notice.task("一.(一).2").orElseThrow().leaders()).extracting(LeaderLine::text)
                .containsExactly("李四");
        assertThat(notice.task("一.(二).1").orElseThrow().leaders()).isEmpty();
    }
}
