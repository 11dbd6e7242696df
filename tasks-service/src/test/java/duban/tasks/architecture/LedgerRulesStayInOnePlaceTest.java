package duban.tasks.architecture;

import duban.testing.rules.LedgerRulesGuard;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** This service asks the ledger rules (duban.rules) and never works out what they decide. */
class LedgerRulesStayInOnePlaceTest {

    @Test
    void noReportingPeriodIsWorkedOutHere() {
        LedgerRulesGuard.assertNoOwnPeriodArithmetic(Path.of("target/classes"));
    }

    @Test
    void noStatusOrStateIsWrittenAsText() {
        LedgerRulesGuard.assertNoStatusLiterals(Path.of("src/main/java"));
    }
}
