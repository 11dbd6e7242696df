package duban.tasks.notice;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** A Word notice built here with POI: plain paragraphs, Word's own list numbering, and a table. */
class DocxTextTest {

    @Test
    void writesOutParagraphsGeneratedNumbersAndTableRows() throws IOException {
        String text = DocxText.extract(new ByteArrayInputStream(docx()));

        assertThat(text.lines().toList()).containsExactly(
                "测试市人民政府办公室关于印发测试工作方案的通知",
                "测政办〔2025〕7号",
                "测试市人民政府办公室",
                "2025年2月1日",
                "测试工作方案",
                "一、重点任务",
                "（一）建设孵化载体",
                "牵头单位：市科技局",
                "同责单位：市财政局、各县（市、区）",
                "时间进度：2025年10月底前新建孵化器3家。",
                "（二）培育科技企业",
                "牵头单位：市科技局",
                "时间进度：2025年12月底前完成。",
                "二、重点项目",
                "序号\t重点工作任务\t牵头单位\t配合单位\t完成时限",
                "1\t建设中试基地\t市发改委\t市科技局 市财政局\t2025年9月底前");
    }

    @Test
    void theExtractedTextParsesLikeTypedText() throws IOException {
        ParsedNotice notice = NoticeParser.parse(DocxText.extract(new ByteArrayInputStream(docx())), UnitDirectory.empty());

        assertThat(notice.plan().docNumber()).isEqualTo("测政办〔2025〕7号");
        assertThat(notice.plan().issuedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(notice.allTasks()).extracting(ParsedTask::code)
                .containsExactly("一", "一.(一)", "一.(二)", "二", "二.1");
        assertThat(notice.task("二.1").orElseThrow().coUnits()).containsExactly("市科技局", "市财政局");
        assertThat(notice.task("一.(一)").orElseThrow().targets()).hasSize(1);
    }

    /** The notice of this test as a .docx; {@code fixtures/files/numbered.doc} is this file saved as .doc. */
    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger list = numbering(document);
            for (String line : List.of("测试市人民政府办公室关于印发测试工作方案的通知", "测政办〔2025〕7号",
                    "测试市人民政府办公室", "2025年2月1日", "测试工作方案")) {
                paragraph(document, line);
            }
            numbered(document, list, 0, "重点任务");
            numbered(document, list, 1, "建设孵化载体");
            paragraph(document, "牵头单位：市科技局");
            paragraph(document, "同责单位：市财政局、各县（市、区）");
            paragraph(document, "时间进度：2025年10月底前新建孵化器3家。");
            numbered(document, list, 1, "培育科技企业");
            paragraph(document, "牵头单位：市科技局");
            paragraph(document, "时间进度：2025年12月底前完成。");
            numbered(document, list, 0, "重点项目");
            XWPFTable table = document.createTable(2, 5);
            row(table, 0, "序号", "重点工作任务", "牵头单位", "配合单位", "完成时限");
            row(table, 1, "1", "建设中试基地", "市发改委", "市科技局", "2025年9月底前");
            table.getRow(1).getCell(3).addParagraph().createRun().setText("市财政局");
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A two-level list numbered 一、 and （一）, as Word writes 公文 headings. */
    private static BigInteger numbering(XWPFDocument document) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ONE);
        level(definition, 0, "%1、");
        level(definition, 1, "（%2）");
        XWPFNumbering numbering = document.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
    }

    private static void level(CTAbstractNum definition, int ilvl, String text) {
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        level.addNewLvlText().setVal(text);
    }

    private static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    private static void numbered(XWPFDocument document, BigInteger list, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    private static void row(XWPFTable table, int row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            table.getRow(row).getCell(i).setText(cells[i]);
        }
    }
}
