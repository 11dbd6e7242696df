package duban.tasks.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference notice 新政办〔2017〕102号, read from the project's demo data (tests run in the module). */
public final class SeedNotice {

    public static final String DOC_NUMBER = "新政办〔2017〕102号";

    private SeedNotice() {
    }

    public static String text() {
        try {
            return Files.readString(Path.of("../demo/xinxiang-2017-102.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
