package duban.tasks.notice.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.UnitDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figure we track for the importer: every real notice kept under {@code notices/} parsed against an empty
 * directory (as a city new to Duban) and compared with the task tree a person read from it. The report is printed
 * and written to {@code target/fidelity.md}; the README names the command.
 */
class NoticeFidelityTest {

    private static FidelityReport report;

    @BeforeAll
    static void parseEveryFixture() throws IOException {
        List<NoticeScore> scores = FixtureNotice.all().stream()
                .map(fixture -> NoticeScore.of(fixture, NoticeParser.parse(fixture.text(), UnitDirectory.empty())))
                .toList();
        report = new FidelityReport(scores);
        String page = report.markdown();
        System.out.println(page);
        Files.writeString(Path.of("target", "fidelity.md"), page, StandardCharsets.UTF_8);
    }

    @Test
    void keepsAtLeastEightRealNoticesInFourLayouts() {
        assertThat(report.scores()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(report.scores().stream().map(NoticeScore::layout).distinct()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void findsNineteenTasksInTwenty() {
        assertThat(report.tasksFoundRatio()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void readsNineteenUnitListsInTwentyExactly() {
        assertThat(report.unitsExactRatio()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void inventsNoUnitFromFragments() {
        assertThat(report.scores()).allSatisfy(score -> assertThat(score.invented()).as(score.slug()).isEmpty());
    }
}
