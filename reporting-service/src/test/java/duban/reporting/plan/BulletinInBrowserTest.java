package duban.reporting.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import duban.events.EventJson;
import duban.testing.identity.As;
import duban.testing.ledger.LedgerTopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bulletin's page in a real browser: headless Chromium renders {@link NovemberScene}'s month to PNG and PDF, and
 * the figures read back from the DOM it built are the JSON's. Needs the Debian packages {@code chromium} and
 * {@code fonts-noto-cjk} (CI installs both); skipped, saying so, only when there is no chromium on the PATH. The
 * rendered files (and the month's workbook) stay in {@code target/bulletin-browser/} for people to look at.
 */
@QuarkusTest
class BulletinInBrowserTest {

    private static final Path OUT = Path.of("target/bulletin-browser");
    /** The chart's bar colour (#3a6ea5 in the page's CSS). */
    private static final int BAR_RGB = 0x3a6ea5;
    private static final long TIMEOUT_SECONDS = 90;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void chromiumRendersThePageWithTheJsonsFiguresAndItsChart() throws Exception {
        Optional<Path> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed (Debian: apt-get install chromium "
                + "fonts-noto-cjk): the bulletin's page is not rendered in a real browser");

        NovemberScene scene = new NovemberScene();
        try (LedgerTopicWriter topic = new LedgerTopicWriter(bootstrap)) {
            scene.write(topic);
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                As.supervisor().get("/api/v1/tasks/{task}/progress", scene.task).then().statusCode(200)
                        .body("units.find { it.unitId == '" + scene.a + "' }.latestReport.reportId", equalTo("ra2")));
        String path = "/api/v1/plans/" + scene.plan + "/bulletins/2017-11";
        JsonNode bulletin = EventJson.mapper().readTree(
                As.supervisor().get(path + ".json").then().statusCode(200).extract().asString());
        String html = As.supervisor().get(path + ".html").then().statusCode(200).extract().asString();
        byte[] xlsx = As.supervisor().get(path + ".xlsx").then().statusCode(200).extract().asByteArray();

        Files.createDirectories(OUT);
        Path page = OUT.resolve("bulletin-2017-11.html").toAbsolutePath();
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Files.write(OUT.resolve("bulletin-2017-11.xlsx"), xlsx);
        String url = page.toUri().toString();

        // The DOM the browser built from the page: every unit's figures and one bar each, as in the JSON.
        String dom = run(chromium.get(), "--dump-dom", url);
        assertThat(dom).contains("台账进度通报", "甲局" + scene.suffix);
        BulletinDocuments.pageMatches(dom, bulletin);
        // 甲局's task was due 11-15 and never approved as completed: its 按期完成率 reads 0.00 %.
        assertThat(BulletinDocuments.pageRows(dom).get(scene.a)).containsEntry("completion-rate", "0.0000");
        assertThat(dom).contains("<td class=\"completion-rate\" data-value=\"0.0000\">0.00%</td>");

        Path png = OUT.resolve("bulletin-2017-11.png").toAbsolutePath();
        run(chromium.get(), "--screenshot=" + png, "--window-size=900,2000", url);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG was written").isNotNull();
        assertThat(pixels(image, BAR_RGB)).as("the chart's bars are drawn").isGreaterThan(500);
        assertThat(pixels(image, 0x111111)).as("text is drawn").isPositive();

        Path pdf = OUT.resolve("bulletin-2017-11.pdf").toAbsolutePath();
        run(chromium.get(), "--print-to-pdf=" + pdf, "--no-pdf-header-footer", url);
        byte[] printed = Files.readAllBytes(pdf);
        assertThat(new String(printed, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(printed.length).isGreaterThan(10_000);
    }

    /** {@code chromium} on the PATH, or the one {@code -Dduban.chromium} names. */
    private static Optional<Path> chromium() {
        String named = System.getProperty("duban.chromium");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs headless Chromium with its own profile folder; its standard output. */
    private static String run(Path chromium, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + OUT.resolve("profile").toAbsolutePath()));
        command.addAll(List.of(arguments));
        Path log = OUT.resolve("chromium.log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertThat(process.exitValue()).as("chromium's exit status; see %s", log).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static long pixels(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
