package duban.tasks.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table of the schema belongs to one package, and only that package's code names it: the event table and
 * the gateway's index of plan tasks to the event store's gateway, each lookup table to the package that keeps it,
 * Axon's own tables to Axon's wiring. Read on the sources (comments left out), because a table's name is text in
 * a statement, which no class dependency shows.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final String GATEWAY = "duban.tasks.eventstore";

    private static final Map<String, String> OWNERS = Map.ofEntries(
            entry("domain_event_entry", GATEWAY),
            entry("plan_task", GATEWAY),
            entry("snapshot_event_entry", "duban.tasks.infrastructure.axon"),
            entry("token_entry", "duban.tasks.infrastructure.axon"),
            entry("unit_directory", "duban.tasks.lookup"),
            entry("unit_name_claim", "duban.tasks.lookup"),
            entry("unit_group_phrase", "duban.tasks.lookup"),
            entry("unit_group_member", "duban.tasks.lookup"),
            entry("plan_rule", "duban.tasks.lookup"),
            entry("plan_header", "duban.tasks.lookup"),
            entry("audit_checkpoint", "duban.tasks.audit.checkpoint"),
            entry("audit_chain_head", "duban.tasks.audit.checkpoint"),
            entry("audit_head_bucket", "duban.tasks.audit.checkpoint"),
            entry("idempotency_record", "duban.tasks.infrastructure.idempotency"),
            entry("attachment_file", "duban.tasks.attachment.catalog"),
            entry("attachment_upload", "duban.tasks.attachment.catalog"),
            entry("attachment_chunk", "duban.tasks.attachment.store.postgres"),
            entry("attachment_reference", "duban.tasks.lookup"));

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");

    @Test
    void everyTableHasAnOwner() {
        Set<String> created = new TreeSet<>();
        for (Path migration : files(MIGRATIONS, ".sql")) {
            Matcher table = CREATE_TABLE.matcher(read(migration));
            while (table.find()) {
                created.add(table.group(1).toLowerCase());
            }
        }
        assertThat(created).as("tables the migrations create").isNotEmpty();
        assertThat(OWNERS.keySet()).as("tables with an owning package").containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void nothingOutsideTheGatewayNamesTheEventTable() {
        assertThat(namingOutsideTheOwner("domain_event_entry")).isEmpty();
    }

    @Test
    void onlyItsOwnerNamesATable() {
        List<String> strays = new ArrayList<>();
        OWNERS.keySet().stream().sorted().forEach(table -> strays.addAll(namingOutsideTheOwner(table)));
        assertThat(strays).isEmpty();
    }

    @Test
    void commentsAreLeftOutAndStatementsKept() {
        String code = withoutComments("""
                /** Reads plan_header. */
                String a = "SELECT 1 FROM plan_rule"; // not unit_directory
                String b = \"""
                        SELECT /* kept: in the text */ unit_id FROM unit_name_claim\""";
                char c = '"'; /* audit_checkpoint */ String d = "// token_entry";
                """);

        assertThat(code).contains("plan_rule", "unit_name_claim", "/* kept: in the text */", "// token_entry")
                .doesNotContain("plan_header", "unit_directory", "audit_checkpoint");
    }

    /** Each source file outside the table's owning package whose code names the table, as "file: table". */
    private static List<String> namingOutsideTheOwner(String table) {
        String owner = OWNERS.get(table);
        Pattern name = Pattern.compile("\\b" + table + "\\b");
        List<String> strays = new ArrayList<>();
        for (Path source : files(SOURCES, ".java")) {
            String type = typeName(source);
            boolean owned = type.startsWith(owner + ".");
            if (!owned && name.matcher(withoutComments(read(source))).find()) {
                strays.add(SOURCES.relativize(source) + ": " + table + " belongs to " + owner);
            }
        }
        return strays;
    }

    private static String typeName(Path source) {
        String relative = SOURCES.relativize(source).toString().replace(source.getFileSystem().getSeparator(), ".");
        return relative.substring(0, relative.length() - ".java".length());
    }

    /** The code without its comments; string literals and text blocks, where SQL lives, are kept. */
    static String withoutComments(String java) {
        StringBuilder code = new StringBuilder(java.length());
        int i = 0;
        while (i < java.length()) {
            if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i) < 0 ? java.length() : java.indexOf('\n', i);
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                i = end < 0 ? java.length() : end + 2;
                code.append(' ');
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                while (end > 0 && java.charAt(end - 1) == '\\') {
                    end = java.indexOf("\"\"\"", end + 1);
                }
                int stop = end < 0 ? java.length() : end + 3;
                code.append(java, i, stop);
                i = stop;
            } else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
                int stop = endOfLiteral(java, i);
                code.append(java, i, stop);
                i = stop;
            } else {
                code.append(java.charAt(i++));
            }
        }
        return code.toString();
    }

    private static int endOfLiteral(String java, int start) {
        char quote = java.charAt(start);
        int i = start + 1;
        while (i < java.length() && java.charAt(i) != quote && java.charAt(i) != '\n') {
            i += java.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, java.length());
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
