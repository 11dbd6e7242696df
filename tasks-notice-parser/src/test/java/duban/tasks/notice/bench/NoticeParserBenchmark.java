package duban.tasks.notice.bench;

import duban.tasks.notice.NoticeParser;
import duban.tasks.notice.TestNotices;
import duban.tasks.notice.UnitDirectory;
import duban.tasks.notice.model.ParsedNotice;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing time, warm: the seed notice (target ≤ 100 ms) and a generated 1,000-task notice (target ≤ 2 s).
 * Run with {@code ./mvnw -q -pl tasks-notice-parser -am -Pbench test -DskipTests} (see the module's pom).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NoticeParserBenchmark {

    private String seed;
    private String thousandTasks;

    @Setup
    public void load() {
        seed = TestNotices.seed();
        thousandTasks = GeneratedNotice.of(1000);
    }

    @Benchmark
    public ParsedNotice seedNotice() {
        return NoticeParser.parse(seed, UnitDirectory.empty());
    }

    @Benchmark
    public ParsedNotice thousandTaskNotice() {
        return NoticeParser.parse(thousandTasks, UnitDirectory.empty());
    }
}
