package duban.tasks.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import duban.tasks.notice.layouts.CellPerLineNotices;
import duban.tasks.notice.model.LineAccount;
import duban.tasks.notice.model.LinePlace;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.WarningCode;
import duban.tasks.notice.text.Folding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Nothing is dropped silently: every non-empty line of every notice we hold (the seed, each real-notice fixture,
 * the layout texts) went to the header, a task, a provision, a table header, the closing, page noise, or an
 * UNPARSED_REGION warning that names it.
 */
class LineAccountTest {

    @TestFactory
    List<DynamicTest> everyNonEmptyLineOfEveryNoticeIsAccountedFor() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(accounted("seed", TestNotices.seed()));
        for (Path notice : fixtures()) {
            tests.add(accounted(notice.getParent().getFileName().toString(),
                    Files.readString(notice, StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < CellPerLineNotices.ALL.size(); i++) {
            tests.add(accounted("cell per line #" + (i + 1), TestNotices.notice(CellPerLineNotices.ALL.get(i))));
        }
        return tests;
    }

    @Test
    void theSeedsLinesGoToItsTasks() {
        ParsedNotice seed = NoticeParser.parse(TestNotices.seed(), UnitDirectory.empty());
        List<String> codes = seed.account().stream().filter(line -> line.place() == LinePlace.TASK)
                .map(LineAccount::code).distinct().toList();
        assertThat(codes).containsAll(seed.allTasks().stream().map(task -> task.code()).toList());
        assertThat(seed.account()).extracting(LineAccount::place).contains(LinePlace.HEADER, LinePlace.CLOSING);
    }

    @Test
    void aLineInAnUnparsedRegionIsAccountedAsUnparsedNotAsTheProvisionThatHeldIt() {
        ParsedNotice notice = TestNotices.parse(
                "一、重点举措",
                "序号  工作举措  承办处室  办结时间",
                "1  修订采购管理办法  综合处  2025年6月底前",
                "2  开展内控检查  审计处  2025年9月底前");
        int first = TestNotices.HEADER_LINES + 1;
        assertThat(notice.account()).extracting(LineAccount::line, LineAccount::place).containsExactly(
                tuple(1, LinePlace.HEADER),
                tuple(2, LinePlace.HEADER),
                tuple(3, LinePlace.HEADER),
                tuple(4, LinePlace.HEADER),
                tuple(5, LinePlace.HEADER),
                tuple(first, LinePlace.PROVISION),
                tuple(first + 1, LinePlace.UNPARSED),
                tuple(first + 2, LinePlace.UNPARSED),
                tuple(first + 3, LinePlace.UNPARSED));
    }

    private static DynamicTest accounted(String name, String text) {
        return DynamicTest.dynamicTest(name, () -> {
            ParsedNotice notice = NoticeParser.parse(text, UnitDirectory.empty());
            // Web pages pad with no-break and full-width spaces: a line of them is empty, as the parser folds them.
            long nonEmpty = text.lines().filter(line -> !Folding.fold(line).isBlank()).count();
            assertThat(notice.account()).as("one entry per non-empty line").hasSize((int) nonEmpty);
            assertThat(notice.unaccounted()).as("lines of %s that went nowhere", name).isEmpty();
            List<Integer> unparsed = notice.account().stream().filter(l -> l.place() == LinePlace.UNPARSED)
                    .map(LineAccount::line).toList();
            if (!unparsed.isEmpty()) {
                assertThat(notice.warnings()).as("an UNPARSED_REGION warning starts at the first unparsed line")
                        .anyMatch(w -> w.code() == WarningCode.UNPARSED_REGION && w.line() == unparsed.get(0));
            }
        });
    }

    private static List<Path> fixtures() throws IOException, URISyntaxException {
        URL root = LineAccountTest.class.getClassLoader().getResource("notices");
        assertThat(root).as("the fixture directory").isNotNull();
        try (Stream<Path> dirs = Files.list(Path.of(root.toURI()))) {
            List<Path> notices = dirs.map(dir -> dir.resolve("notice.txt")).filter(Files::isRegularFile).sorted()
                    .toList();
            assertThat(notices).as("fixture notices").isNotEmpty();
            return notices;
        }
    }
}
