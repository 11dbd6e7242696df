package duban.testing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerRulesGuardTest {

    @Test
    void theRulesNamesAreTheEnumsOfTheLedgerRules() {
        assertThat(LedgerRulesGuard.ruleNames()).contains("OPEN", "SUSPENDED", "COMPLETED", "CANCELLED", "ON_TIME",
                "LATE", "MISSING", "RED", "YELLOW", "GREEN", "LEAD", "CO", "SHARE_HOLDER", "GROUP_MEMBER");
    }

    @Test
    void aStatusWrittenAsTextIsFoundAndOneInADocumentingAnnotationOrACommentIsNot(@TempDir Path sources)
            throws Exception {
        Files.writeString(sources.resolve("Documented.java"), """
                // a task is "OPEN" until suspended
                record Documented(@Schema(enumeration = {"OPEN", "SUSPENDED"}, description = "x (y)") String status) {
                    /* "LATE" */
                }
                """);
        LedgerRulesGuard.assertNoStatusLiterals(sources);

        Files.writeString(sources.resolve("Rederived.java"), """
                class Rederived {
                    String status = "SUSPENDED";
                }
                """);
        assertThatThrownBy(() -> LedgerRulesGuard.assertNoStatusLiterals(sources))
                .hasMessageContaining("Rederived.java: \"SUSPENDED\"");
    }

    @Test
    void theTestingModuleWorksOutNoPeriod() {
        LedgerRulesGuard.assertNoOwnPeriodArithmetic(Path.of("target/classes"));
    }
}
