package duban.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ledger taken by hand from the reference notice 新政办〔2017〕102号 (demo/xinxiang-2017-102.txt): tasks with
 * and without milestones, soft and done milestones, a section-level task, and the quota breakdowns with ranges
 * (1-2家), soft shares (谋划1家) and a group subtotal (自创区外9家).
 */
final class SeedLedger {

    static final String PLAN_TITLE = "新乡市贯彻落实省自创区领导小组第二次会议任务分解工作方案";
    static final String DOC_NUMBER = "新政办〔2017〕102号";
    static final String HIGH_TECH_TITLE = "加快发展高新技术企业";

    private SeedLedger() {
    }

    static Ledger ledger() {
        return new Ledger(PLAN_TITLE, DOC_NUMBER, List.of(
                managementPowers(), coreZoneReform(), leadingEnterprises(), highTechEnterprises(),
                provincialPlatforms(), industryClusters()),
                List.of(highTechQuota(), platformQuota(), talentQuota()));
    }

    private static LedgerRow coreZoneReform() {
        return new LedgerRow("一.(一).1.(1)", "1.1.1.1", "核心区要创新管理体制机制",
                "从用人、分配等管理机制上给予全新空间。",
                List.of("高新区", "市编办"), List.of("市委组织部", "市人社局", "市科技局"),
                "高新区要按照省自创区分工方案时间要求,启动实施自创区核心区管理体制改革工作。",
                List.of(), "", "", "");
    }

    private static LedgerRow managementPowers() {
        return new LedgerRow("一.(一).1.(2)", "1.1.1.2", "落实自创区核心区的省辖市级经济管理权限和相关行政管理权限", "",
                List.of("市编办"), List.of("高新区", "法制办"),
                "2017年10月底前明确管理权限下放清单并向社会公开。",
                List.of(new Milestone(LocalDate.of(2017, 10, 31), "2017年10月底前明确管理权限下放清单并向社会公开", false, false)),
                "", "已形成权限下放清单初稿。", "推进中");
    }

    private static LedgerRow leadingEnterprises() {
        return new LedgerRow("一.(二).1.(1)", "1.2.1.1", "提升创新型龙头企业",
                "围绕主导产业集群和战略性新兴产业的培育,筛选一批掌握核心技术、拥有自主知识产权、持续创新能力突出的优质企业,"
                        + "实施创新能力提升工程。\n同时争取引进一批创新引领型龙头企业。",
                List.of("市发改委", "市工信委", "市科技局"), List.of("市财政局", "市国税局", "市地税局", "各县(市)、区"),
                "2017年12月底前力争10家企业(金龙铜管、心连心化肥、豫飞重工、科隆新能源、中兵通信、新航集团、熔金高温、北方仪表、"
                        + "银金达、威猛振动等)列入省创新龙头企业;各县(市)、区围绕主导产业选择1-2家企业列入培育计划。",
                List.of(new Milestone(LocalDate.of(2017, 12, 31),
                        "2017年12月底前力争10家企业(金龙铜管、…、威猛振动等)列入省创新龙头企业", true, false)),
                "力争10家企业列入省创新龙头企业;各县(市)、区各选择1-2家列入培育计划", "", "");
    }

    static LedgerRow highTechEnterprises() {
        return new LedgerRow("一.(二).1.(2)", "1.2.1.2", HIGH_TECH_TITLE,
                "实施“小升高”培育行动,开展“高企政策进园区”活动,全年组织开展2批高新技术企业认定推荐工作。",
                List.of("市科技局", "市财政局", "市国税局", "市地税局"), List.of("各县(市)、区"),
                "2017年6月底前已完成了第一批高企推荐工作,9月底前完成第二批高企推荐工作;12月底前,全市新培育高新技术企业30家,"
                        + "其中:红旗区2家、牧野区2家、平原示范区4家、高新区10家、经开区3家、自创区外9家(卫辉市1家、辉县市2家、"
                        + "新乡县2家、获嘉县1家、延津县1家、卫滨区1家、凤泉区1家),原阳县、封丘县各谋划1家。",
                List.of(
                        new Milestone(LocalDate.of(2017, 6, 30), "2017年6月底前已完成了第一批高企推荐工作", false, true),
                        new Milestone(LocalDate.of(2017, 9, 30), "9月底前完成第二批高企推荐工作", false, false),
                        new Milestone(LocalDate.of(2017, 12, 31), "12月底前,全市新培育高新技术企业30家", false, false)),
                "新培育高新技术企业30家:红旗区2家、牧野区2家、平原示范区4家、高新区10家、经开区3家、自创区外9家"
                        + "(卫辉市1家、辉县市2家、新乡县2家、获嘉县1家、延津县1家、卫滨区1家、凤泉区1家),原阳县、封丘县各谋划1家",
                "第二批高企推荐工作已完成,共推荐42家。", "");
    }

    private static LedgerRow provincialPlatforms() {
        return new LedgerRow("一.(二).3.(3)", "1.2.3.3", "谋划省级创新平台", "持续推进大中型工业企业省级研发机构全覆盖工程。",
                List.of("市科技局", "市发改委", "市工信委"), List.of("市人社局", "市卫计委", "各县(市)、区"),
                "2017年12月底前全市新建省级创新平台24家。其中:卫辉市1家、辉县市1家、新乡县1家、原阳县1家、红旗区3家、牧野区3家、"
                        + "平原示范区1家、高新区10家、经开区3家,获嘉县、延津县、封丘县、卫滨区、凤泉区要积极谋划1-2家。",
                List.of(new Milestone(LocalDate.of(2017, 12, 31), "2017年12月底前全市新建省级创新平台24家", false, false)),
                "新建省级创新平台24家:卫辉市1家、…、经开区3家,获嘉县、延津县、封丘县、卫滨区、凤泉区各谋划1-2家", "", "");
    }

    private static LedgerRow industryClusters() {
        return new LedgerRow("一.(四)", "1.4", "实施创新引领型产业集群专项,促进自创区产业转型升级",
                "围绕自创区优势主导产业,聚焦重大产业链关键环节|力争打造3-5个创新型产业集群。",
                List.of("市科技局"), List.of("市发改委", "市工信委", "市财政局", "新乡县", "卫滨区", "红旗区", "牧野区",
                        "凤泉区", "平原示范区", "高新区", "经开区"),
                "2017年8月底申报项目预案已上报省科技厅,待省立项后启动实施。",
                List.of(new Milestone(LocalDate.of(2017, 8, 31), "2017年8月底申报项目预案已上报省科技厅|待省立项\\后启动\n实施",
                        false, true)),
                "", "", "已完成");
    }

    static Quota highTechQuota() {
        Map<String, Allocation> shares = new LinkedHashMap<>();
        shares.put("红旗区", Allocation.of(2));
        shares.put("牧野区", Allocation.of(2));
        shares.put("平原示范区", Allocation.of(4));
        shares.put("高新区", Allocation.of(10));
        shares.put("经开区", Allocation.of(3));
        shares.put("自创区外", Allocation.of(9));
        shares.put("卫辉市", Allocation.of(1));
        shares.put("辉县市", Allocation.of(2));
        shares.put("新乡县", Allocation.of(2));
        shares.put("获嘉县", Allocation.of(1));
        shares.put("延津县", Allocation.of(1));
        shares.put("卫滨区", Allocation.of(1));
        shares.put("凤泉区", Allocation.of(1));
        shares.put("原阳县", Allocation.of(1).asSoft());
        shares.put("封丘县", Allocation.of(1).asSoft());
        return new Quota("1.2.1.2", "新培育高新技术企业", "家", BigDecimal.valueOf(30), shares);
    }

    private static Quota platformQuota() {
        Map<String, Allocation> shares = new LinkedHashMap<>();
        shares.put("卫辉市", Allocation.of(1));
        shares.put("辉县市", Allocation.of(1));
        shares.put("新乡县", Allocation.of(1));
        shares.put("原阳县", Allocation.of(1));
        shares.put("红旗区", Allocation.of(3));
        shares.put("牧野区", Allocation.of(3));
        shares.put("平原示范区", Allocation.of(1));
        shares.put("高新区", Allocation.of(10));
        shares.put("经开区", Allocation.of(3));
        for (String unit : List.of("获嘉县", "延津县", "封丘县", "卫滨区", "凤泉区")) {
            shares.put(unit, Allocation.range(1, 2).asSoft());
        }
        return new Quota("1.2.3.3", "新建省级创新平台", "家", BigDecimal.valueOf(24), shares);
    }

    /** Not a leaf task of this fixture's rows: quotas stand on their own, keyed by task code. */
    private static Quota talentQuota() {
        Map<String, Allocation> shares = new LinkedHashMap<>();
        shares.put("卫辉市", Allocation.of(1));
        shares.put("红旗区", Allocation.of(5));
        shares.put("牧野区", Allocation.of(5));
        shares.put("高新区", Allocation.of(3));
        shares.put("经开区", Allocation.of(3));
        shares.put("河南师范大学", Allocation.of(4));
        shares.put("新乡医学院", Allocation.of(2));
        shares.put("河南科技学院", Allocation.of(1));
        shares.put("新乡学院", Allocation.of(1));
        shares.put("河南工学院", Allocation.range(1, 2));
        return new Quota("1.2.2.2", "高层次人才团队引进", "个", null, shares);
    }
}
