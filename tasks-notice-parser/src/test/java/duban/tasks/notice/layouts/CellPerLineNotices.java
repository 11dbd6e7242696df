package duban.tasks.notice.layouts;

import java.util.List;

/**
 * Bodies of plans whose task table was flattened one cell per line, as web pages copy them: each shape once.
 * Written for the tests, modelled on published 重点工作任务分解 tables.
 */
public final class CellPerLineNotices {

    /** Six columns, every cell given, section rows between the rows, a deadline written as a full date. */
    public static final String[] COMPLETE_ROWS = {
        "序号",
        "重点工作任务",
        "牵头单位",
        "配合单位",
        "完成时限",
        "牵头领导",
        "一、扩大有效投资",
        "1",
        "实施重点项目攻坚行动，全年新开工亿元以上项目60个",
        "市发展改革委",
        "市自然资源局、市住建局",
        "2025年12月底前",
        "王立新",
        "2",
        "推进专项债券项目谋划储备，争取额度增长10%",
        "市财政局",
        "市发展改革委",
        "2025年6月30日",
        "李红",
        "二、提升城市品质",
        "3",
        "完成老旧小区改造80个，惠及居民1.2万户",
        "市住建局",
        "市城管局",
        "2025年11月底前",
        "张伟",
    };

    /** A task cell wrapped over two lines, an empty 协同配合单位 cell left out, a unit list broken after 、. */
    public static final String[] MISSING_AND_WRAPPED_CELLS = {
        "序号",
        "",
        "工作任务",
        "",
        "主要责任单位",
        "",
        "协同配合单位",
        "",
        "完成时间",
        "",
        "1",
        "",
        "开展工业企业技术改造提升行动，",
        "推动200家规上企业完成智能化改造",
        "",
        "市工信局",
        "",
        "市发展改革委、市财政局",
        "",
        "2025年12月底前",
        "",
        "2",
        "",
        "建设市级数据共享交换平台",
        "",
        "市大数据局",
        "",
        "2025年9月底前",
        "",
        "3",
        "",
        "推进农村人居环境整治，完成户厕改造5000户",
        "",
        "市农业农村局",
        "",
        "市生态环境局、市住建局、",
        "市水利局",
        "",
        "2025年10月底前",
    };

    /** Rows numbered 一、二 in the 序号 column, a leader column, no section rows. */
    public static final String[] CHINESE_NUMBERS = {
        "序号",
        "任务内容",
        "责任单位",
        "责任领导",
        "完成时限",
        "一",
        "编制全域国土空间规划",
        "市自然资源局",
        "赵明",
        "2025年8月底前",
        "二、",
        "创建省级文明城市",
        "市委宣传部、市文明办",
        "孙强",
        "2025年12月底前",
    };

    /** The second row's cells fit no column (its third cell is neither units nor a deadline). */
    public static final String[] UNCUTTABLE_ROW = {
        "序号",
        "重点工作任务",
        "牵头单位",
        "配合单位",
        "完成时限",
        "1",
        "推进城市燃气管道更新改造",
        "市住建局",
        "市应急管理局",
        "2025年12月底前",
        "2",
        "做好防汛抗旱各项准备",
        "按照上级部署执行",
        "3",
        "开展安全生产专项整治",
        "市应急管理局",
        "市公安局",
        "2025年10月底前",
    };

    /** A table without 序号 column: rows are cut every three lines. */
    public static final String[] WITHOUT_NUMBERS = {
        "工作任务",
        "责任单位",
        "完成时限",
        "建成智慧城管指挥平台",
        "市城管局",
        "2025年9月底前",
        "完成主城区雨污分流改造",
        "市住建局、市水利局",
        "2025年11月底前",
    };

    /** The plan goes on in text after its table: a numbered part with paragraphs, then a closing paragraph. */
    public static final String[] TABLE_THEN_TEXT = {
        "一、重点任务",
        "序号",
        "重点工作任务",
        "牵头单位",
        "配合单位",
        "完成时限",
        "1",
        "开展重点河湖清四乱专项行动",
        "市水利局",
        "市生态环境局、市自然资源局",
        "2025年9月底前",
        "2",
        "推进城乡供水一体化工程",
        "市水利局",
        "市住建局",
        "2025年12月底前",
        "二、保障措施",
        "各牵头单位要细化工作措施，明确时间节点，每月5日前报送工作进展情况。",
        "市政府督查室将定期开展督导检查，对工作推进不力的予以通报。",
    };

    /** The page kept each row's 序号 and task on one line (1.…); the other cells follow one a line. */
    public static final String[] NUMBER_WITH_TASK = {
        "序号",
        "工作任务",
        "牵头单位",
        "配合单位",
        "时间节点",
        "一、优化营商环境",
        "1.推行企业开办全程网办，办理时间压缩至1个工作日内",
        "市政务服务中心",
        "市市场监管局、市税务局",
        "2025年6月底前",
        "2.开展涉企违规收费专项治理",
        "市发展改革委",
        "2025年8月底前",
    };

    public static final List<String[]> ALL = List.of(COMPLETE_ROWS, MISSING_AND_WRAPPED_CELLS, CHINESE_NUMBERS,
            UNCUTTABLE_ROW, WITHOUT_NUMBERS, TABLE_THEN_TEXT, NUMBER_WITH_TASK);

    private CellPerLineNotices() {
    }
}
