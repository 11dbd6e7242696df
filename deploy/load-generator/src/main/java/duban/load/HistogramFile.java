package duban.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.HdrHistogram.Histogram;

/**
 * Writes HdrHistogram's percentile distribution ({@code .hgrm}, values in milliseconds) of a run, the
 * format HdrHistogram's plotter reads.
 */
final class HistogramFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private HistogramFile() {
    }

    /** The file name for a run started at {@code when}: {@code report-latency-20171120-143000.hgrm}. */
    static String name(LocalDateTime when) {
        return "report-latency-" + STAMP.format(when) + ".hgrm";
    }

    /** Writes the distribution of a histogram of microseconds into {@code folder} and returns the file. */
    static Path write(Histogram micros, Path folder, LocalDateTime when) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name(when));
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            micros.outputPercentileDistribution(out, 1000.0);
        }
        return file;
    }
}
