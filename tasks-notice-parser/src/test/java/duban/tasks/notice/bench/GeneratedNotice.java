package duban.tasks.notice.bench;

import duban.tasks.notice.text.ChineseNumerals;
import java.util.List;

/**
 * A large notice in the seed's layout, for the benchmark: areas (一) … of items 1. … of 10 leaves (1) … (10)
 * each, every leaf with lead and co units, two dated clauses and a target broken down over named units and
 * 其他县(市)、区 — consistent, so it parses without an oddity.
 */
public final class GeneratedNotice {

    private static final List<String> DEPARTMENTS = List.of("市科技局", "市发改委", "市工信委", "市财政局",
            "市人社局", "市教育局", "市商务局", "市住建委", "市农牧局", "市卫计委", "市金融局", "市国土局");
    /** Every place of the generated city: 各县(市)、区 has these 10 members. */
    private static final List<String> PLACES = List.of("东城区", "西城区", "南城区", "北城区", "临河县", "青山县",
            "白水县", "石门县", "高新区", "经开区");
    private static final int LEAVES_PER_ITEM = 10;
    private static final int ITEMS_PER_AREA = 5;
    private static final int NAMED_PLACES = 4;

    private GeneratedNotice() {
    }

    /** A notice with {@code leaves} leaf tasks (a multiple of 50). */
    public static String of(int leaves) {
        StringBuilder text = new StringBuilder()
                .append("测试市人民政府办公室关于印发测试市重点工作任务分解方案的通知\n")
                .append("测政办〔2025〕99号\n")
                .append("各县(市)、区人民政府,市人民政府各部门:\n")
                .append("  《测试市重点工作任务分解方案》已经市政府同意,现印发给你们,请认真贯彻执行。\n")
                .append("测试市人民政府办公室\n2025年1月10日\n")
                .append("测试市重点工作任务分解方案\n")
                .append("  一、主要任务及分工\n");
        int areas = leaves / (LEAVES_PER_ITEM * ITEMS_PER_AREA);
        int n = 0;
        for (int area = 1; area <= areas; area++) {
            text.append("  (").append(ChineseNumerals.format(area)).append(")第").append(area).append("项重点领域工作\n");
            for (int item = 1; item <= ITEMS_PER_AREA; item++) {
                text.append("  ").append(item).append(".推进第").append(item).append("类事项。加强统筹,压实责任。\n");
                for (int leaf = 1; leaf <= LEAVES_PER_ITEM; leaf++) {
                    leaf(text, leaf, n++);
                }
            }
        }
        text.append("  二、建立工作推进机制\n  (一)建立台账。每月5日、20日报送工作进展情况。\n");
        return text.toString();
    }

    private static void leaf(StringBuilder text, int leaf, int n) {
        String lead = DEPARTMENTS.get(n % DEPARTMENTS.size());
        String co = DEPARTMENTS.get((n + 1) % DEPARTMENTS.size()) + "、" + DEPARTMENTS.get((n + 2) % DEPARTMENTS.size());
        int each = 1 + n % 3;
        int named = 2 + n % 5;
        int total = NAMED_PLACES * named + (PLACES.size() - NAMED_PLACES) * each;
        StringBuilder shares = new StringBuilder();
        for (int p = 0; p < NAMED_PLACES; p++) {
            String place = PLACES.get((n + p) % PLACES.size());
            shares.append(p == 0 ? "" : "、").append(place).append(named).append("家");
        }
        text.append("  (").append(leaf).append(")完成第").append(n).append("号任务,提升服务能力。\n")
                .append("  牵头单位:").append(lead).append('\n')
                .append("  同责单位:").append(co).append(",各县(市)、区\n")
                .append("  时间进度:2025年").append(3 + n % 6).append("月底前完成方案制定;")
                .append("12月底前,全市新培育第").append(n).append("类企业").append(total).append("家,其中:")
                .append(shares).append(",其他县(市)、区各完成").append(each).append("家。\n");
    }
}
