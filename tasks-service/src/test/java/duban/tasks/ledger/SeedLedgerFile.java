package duban.tasks.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import duban.workbook.Ledger;
import duban.workbook.LedgerRow;
import duban.workbook.LedgerWorkbookReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed plan's exported 工作台账, kept as a test resource: {@code PlanLedgerResourceTest} checks that the
 * export of the imported seed reads equal to it, {@code LedgerRoundTripTest} imports it into an empty store. So
 * each test stands alone and together they show store → workbook → empty store → the same workbook. After a
 * deliberate change of the export, rewrite it with {@code -Dduban.ledger.golden.update=true}.
 */
public final class SeedLedgerFile {

    private static final Path FILE = Path.of("src/test/resources/ledger/seed-ledger.xlsx");

    private SeedLedgerFile() {
    }

    public static byte[] bytes() {
        try {
            return Files.readAllBytes(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void updateIfAsked(byte[] exported) throws IOException {
        if (Boolean.getBoolean("duban.ledger.golden.update")) {
            Files.write(FILE, exported);
        }
    }

    public static Ledger read(byte[] workbook) {
        try {
            return new LedgerWorkbookReader().read(new ByteArrayInputStream(workbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a round trip keeps: everything but the columns that report on progress (最新进展, 完成情况). */
    public static Ledger withoutProgress(Ledger ledger) {
        return new Ledger(ledger.planTitle(), ledger.docNumber(), ledger.rows().stream()
                .map(row -> new LedgerRow(row.serial(), row.taskCode(), row.title(), row.detail(), row.leadUnits(),
                        row.coUnits(), row.timeline(), row.milestones(), sharesInAnyOrder(row.targets()), "", ""))
                .toList(), ledger.quotas(), ledger.sections(),
                ledger.units().stream().sorted(java.util.Comparator.comparing(duban.workbook.UnitEntry::name)).toList(),
                ledger.groups().stream().map(group -> new duban.workbook.GroupEntry(group.name(), group.phrase(),
                        group.members().stream().sorted().toList())).toList());
    }

    /**
     * The 目标分解 text lists shares in the order of the quota sheet's unit rows, which a round trip may change;
     * which unit holds what is compared exactly through the quotas.
     */
    private static String sharesInAnyOrder(String targets) {
        return targets.lines().map(line -> {
            int colon = line.indexOf(':');
            return colon < 0 ? line : line.substring(0, colon + 1) + java.util.Arrays.stream(
                    line.substring(colon + 1).split("、")).sorted().collect(java.util.stream.Collectors.joining("、"));
        }).collect(java.util.stream.Collectors.joining("\n"));
    }

    public static void assertSameLedger(Ledger actual, Ledger expected) {
        Ledger a = withoutProgress(actual);
        Ledger e = withoutProgress(expected);
        assertThat(a.sections()).isEqualTo(e.sections());
        assertThat(a.rows()).extracting(LedgerRow::taskCode).isEqualTo(e.rows().stream().map(LedgerRow::taskCode).toList());
        for (int i = 0; i < e.rows().size(); i++) {
            assertThat(a.rows().get(i)).as("row %s", e.rows().get(i).taskCode()).isEqualTo(e.rows().get(i));
        }
        assertThat(a.quotas()).isEqualTo(e.quotas());
        assertThat(a.units()).isEqualTo(e.units());
        assertThat(a.groups()).isEqualTo(e.groups());
        assertThat(a).isEqualTo(e);
    }
}
