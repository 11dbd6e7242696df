package duban.workbook;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice, headless, for tests that check a written file opens in it. Shared with tasks-service's tests
 * through this module's test jar.
 * <p>
 * Where {@code soffice} is not on PATH: on CI ({@code CI=true}, as GitHub Actions, GitLab and most runners set
 * it) the test fails with a message saying what to install, because a check CI silently skips is a check
 * nobody runs; on a developer machine it is skipped through an assumption, so the rest of the suite stays
 * useful without a 300 MB office suite.
 */
public final class Soffice {

    static final String INSTALL_HINT =
            "apt-get install -y --no-install-recommends libreoffice-calc-nogui (or any LibreOffice with soffice on PATH)";
    private static final long TIMEOUT_SECONDS = 120;

    private final Path executable;

    private Soffice(Path executable) {
        this.executable = executable;
    }

    /** The soffice on PATH, failing on CI and skipping elsewhere when there is none. */
    public static Soffice onPathOrSkip() {
        Optional<Path> found = findOnPath(System.getenv("PATH"));
        if (found.isEmpty()) {
            String message = "LibreOffice's soffice is not on PATH; install it: " + INSTALL_HINT;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + " (skipped outside CI)");
        }
        return new Soffice(found.get());
    }

    static Optional<Path> findOnPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, "soffice");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts {@code file} with the filter {@code target} (as after {@code --convert-to}) into {@code outDir}.
     * Runs with its own user profile under {@code workDir}, so it neither touches a real profile nor collides with
     * another soffice; on timeout it ends the process it started and that process's children, nothing else.
     *
     * @return soffice's console output, for failure messages
     */
    public String convert(Path file, String target, Path outDir, Path workDir) throws IOException, InterruptedException {
        Path log = workDir.resolve("soffice.log");
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + workDir.resolve("profile").toUri(),
                "--convert-to", target,
                "--outdir", outDir.toString(),
                file.toString()));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // The launcher script starts soffice.bin as a child: end the children first, then the launcher.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            fail("soffice did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            fail("soffice exited with " + process.exitValue() + ": " + output);
        }
        return output;
    }
}
