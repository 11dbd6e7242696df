package duban.tasks.notice.fidelity;

import duban.tasks.notice.TestNotices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One real notice kept as a fixture: its text as published and the task tree a person read from it. */
record FixtureNotice(String slug, String text, ExpectedNotice expected) {

    private static final String ROOT = "notices";

    /** Every fixture under {@code notices/<slug>/}, by slug. */
    static List<FixtureNotice> all() {
        URL root = FixtureNotice.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(Path.of(root.toURI()))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("notice.txt")))
                    .sorted()
                    .map(FixtureNotice::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FixtureNotice read(Path dir) {
        try {
            String text = Files.readString(dir.resolve("notice.txt"), StandardCharsets.UTF_8);
            ExpectedNotice expected = TestNotices.JSON.readValue(
                    dir.resolve("expected.json").toFile(), ExpectedNotice.class);
            return new FixtureNotice(dir.getFileName().toString(), text, expected);
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + dir.getFileName(), e);
        }
    }
}
