package duban.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick: pgbench with a custom script of one single-row INSERT per transaction into a
 * throw-away table, with the clients and duration of the HTTP run. The table is created before and
 * dropped after; {@code psql} and {@code pgbench} come from the PATH (Debian: postgresql-client).
 */
final class Pgbench {

    static final String TABLE = "duban_load_pgbench";
    static final String SCRIPT = "INSERT INTO " + TABLE + " (payload) VALUES "
            + "('progress report of a load test, one row per transaction');\n";

    private final String pgUrl;
    private final Path workDir;

    /** {@code pgUrl} null leaves the connection to libpq's PG* environment variables. */
    Pgbench(String pgUrl, Path workDir) {
        this.pgUrl = pgUrl;
        this.workDir = workDir;
    }

    /** pgbench's arguments, for the record in the output. */
    static List<String> arguments(int clients, int threads, Duration duration, Path script) {
        return List.of("-n", "-c", Integer.toString(clients), "-j", Integer.toString(threads),
                "-T", Long.toString(Math.max(1, duration.toSeconds())), "-f", script.toString());
    }

    PgbenchResult run(int clients, int threads, Duration duration) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path script = workDir.resolve("pgbench-insert.sql");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        psql("DROP TABLE IF EXISTS " + TABLE + "; CREATE TABLE " + TABLE
                + " (id bigserial PRIMARY KEY, written_at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)");
        try {
            List<String> command = new ArrayList<>(List.of("pgbench"));
            command.addAll(arguments(clients, threads, duration, script));
            if (pgUrl != null) {
                command.add(pgUrl);
            }
            String output = exec(command);
            return PgbenchResult.parse(output).orElseThrow(
                    () -> new IOException("pgbench printed no tps line:\n" + output));
        } finally {
            psql("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    private void psql(String sql) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"));
        if (pgUrl != null) {
            command.addAll(List.of("-d", pgUrl));
        }
        command.addAll(List.of("-c", sql));
        exec(command);
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " cannot be started (Debian: apt-get install postgresql-client)", e);
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException(command.get(0) + " failed with exit code " + exit + ":\n" + output);
        }
        return output;
    }
}
