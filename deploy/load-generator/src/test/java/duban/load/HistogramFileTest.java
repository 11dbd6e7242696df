package duban.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistogramFileTest {

    @Test
    void writesThePercentileDistributionInMilliseconds(@TempDir Path folder) throws Exception {
        Histogram micros = new Histogram(ClosedLoop.HIGHEST_MICROS, 3);
        micros.recordValueWithCount(25_000, 100);
        LocalDateTime when = LocalDateTime.of(2017, 11, 20, 14, 30, 5);
        Path file = HistogramFile.write(micros, folder.resolve("out"), when);
        assertThat(file.getFileName()).hasToString("report-latency-20171120-143005.hgrm");
        String text = Files.readString(file);
        assertThat(text).contains("Value     Percentile TotalCount 1/(1-Percentile)")
                .contains("      25.0")
                .contains("Total count    =          100]");
    }
}
