package duban.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerRoundTripTest {

    @Test
    void theSeedLedgerComesBackEqual() {
        Ledger seed = SeedLedger.ledger();

        Ledger back = Workbooks.read(Workbooks.bytes(seed));

        assertThat(back).isEqualTo(seed);
    }

    @Test
    void treeUnitsMilestonesAndTargetsSurvive() {
        Ledger back = Workbooks.read(Workbooks.bytes(SeedLedger.ledger()));

        LedgerRow highTech = back.rows().stream()
                .filter(row -> row.title().equals(SeedLedger.HIGH_TECH_TITLE)).findFirst().orElseThrow();
        assertThat(highTech.serial()).isEqualTo("一.(二).1.(2)");
        assertThat(highTech.taskCode()).isEqualTo("1.2.1.2");
        assertThat(highTech.coUnits()).containsExactly("各县(市)、区");
        assertThat(highTech.milestones()).extracting(Milestone::done).containsExactly(true, false, false);

        Quota quota = back.quotas().get(0);
        assertThat(quota.total()).isEqualTo(BigDecimal.valueOf(30));
        assertThat(quota.allocations()).containsEntry("高新区", Allocation.of(10))
                .containsEntry("原阳县", Allocation.of(1).asSoft());
        assertThat(back.quotas().get(1).allocations().get("凤泉区")).isEqualTo(Allocation.range(1, 2).asSoft());
        assertThat(back.quotas().get(2).total()).isNull();
    }

    @Test
    void quotaSharesKeepTheirOwnOrderEvenWhenTheUnitRowsFollowAnotherQuota() {
        // The unit rows follow the first quota's order; the platform quota names 卫辉市 first.
        Ledger back = Workbooks.read(Workbooks.bytes(SeedLedger.ledger()));

        assertThat(back.quotas().get(1).allocations()).isEqualTo(SeedLedger.ledger().quotas().get(1).allocations());
    }

    @Test
    void anEmptyLedgerComesBackEqual() {
        Ledger empty = new Ledger(null, null, List.of(), List.of());

        assertThat(Workbooks.read(Workbooks.bytes(empty))).isEqualTo(empty);
    }

    @Test
    void aTaskWithNothingButATitleComesBackEqual() {
        LedgerRow bare = new LedgerRow(null, null, "只有标题", null, null, null, null, null, null, null, null);
        Ledger ledger = new Ledger("方案", "", List.of(bare), List.of(new Quota("", "目标", "项", null, Map.of())));

        assertThat(Workbooks.read(Workbooks.bytes(ledger))).isEqualTo(ledger);
    }

    @Test
    void fractionalAndLargeQuantitiesComeBackEqual() {
        Quota quota = new Quota("9", "投资", "亿元", new BigDecimal("12.50"),
                Map.of("高新区", new Allocation(new BigDecimal("2.5"), new BigDecimal("2.5"), false),
                        "经开区", new Allocation(new BigDecimal("10"), new BigDecimal("12.5"), true)));
        Ledger ledger = new Ledger("方案", "", List.of(), List.of(quota));

        assertThat(Workbooks.read(Workbooks.bytes(ledger))).isEqualTo(ledger);
    }

    @Test
    void theTreeAboveTheRowsTheUnitsAndTheGroupsSurviveInTheHiddenDirectorySheet() {
        Ledger seed = SeedLedger.ledger();
        Ledger withDirectory = new Ledger(seed.planTitle(), seed.docNumber(), seed.rows(), List.of(new Quota(
                "1.2.1.1", "选择1-2家企业列入培育计划", "家", null,
                Map.of("各县(市)、区", Allocation.range(1, 2).asEach(), "自创区外", Allocation.of(9),
                        "卫辉市", Allocation.of(1)), Map.of("卫辉市", "自创区外"))),
                List.of(new Section("1", "一", "加快培育创新主体", ""),
                        new Section("1.2", "一.(二)", "培育创新型企业", "。围绕主导产业…")),
                List.of(new UnitEntry("新乡市科学技术局", "市直部门", List.of("市科技局")),
                        new UnitEntry("凤泉区", "区", List.of("风泉区"))),
                List.of(new GroupEntry("其他县(市)、区#2", "其他县(市)、区", List.of("凤泉区", "卫辉市"))));

        Ledger back = Workbooks.read(Workbooks.bytes(withDirectory));

        assertThat(back).isEqualTo(withDirectory);
    }

    @Test
    void aWorkbookThatUnpacksToTooMuchIsRefusedBeforePoiReadsIt() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LedgerWorkbookReader()
                        .read(new java.io.ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(LedgerFormatException.class).hasMessageContaining("too large");
    }
}
