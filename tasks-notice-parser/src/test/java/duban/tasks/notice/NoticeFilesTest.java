package duban.tasks.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.tasks.notice.NoticeFiles.NoticeFile;
import duban.tasks.notice.UnreadableNoticeException.Reason;
import duban.tasks.notice.model.Milestone;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.ParsedTask;
import duban.testing.files.HostileFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notice files as offices publish them, made once with LibreOffice from the seed notice and the table fixture
 * ({@code fixtures/files}): the kind is told by content, the text parses like the typed text, and what cannot be
 * read is refused with its reason.
 */
class NoticeFilesTest {

    private static final ParsedNotice SEED_TEXT = NoticeParser.parse(TestNotices.seed(), UnitDirectory.empty());

    @Test
    void theSeedAsDocParsesToTheSameTasksAndUnitsAsItsText() throws Exception {
        NoticeFile file = NoticeFiles.read(bytes("xinxiang-2017-102.doc"), "102号.doc");

        assertThat(file.format()).isEqualTo(NoticeFormat.DOC);
        assertSameTasksAsTheText(NoticeParser.parse(file.text(), UnitDirectory.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinxiang-2017-102.pdf", "xinxiang-2017-102-justified.pdf"})
    void theSeedAsPdfParsesToTheSameTasksAndUnitsAsItsText(String pdf) throws Exception {
        NoticeFile file = NoticeFiles.read(bytes(pdf), pdf);

        assertThat(file.format()).isEqualTo(NoticeFormat.PDF);
        // Line for line the typed notice: every wrapped paragraph joined, no paragraph joined to the next (a space
        // at a wrap is lost, and the PDF's own spacing differs).
        assertThat(printedLines(file.text())).isEqualTo(printedLines(TestNotices.seed()));
        assertSameTasksAsTheText(NoticeParser.parse(file.text(), UnitDirectory.empty()));
    }

    @Test
    void aLineThatRunsToTheMarginContinuesUnlessTheNextOneOpensAHeading() throws Exception {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String full1 = fill(font, "This sentence runs to the right margin");
        String full2 = fill(font, "Another sentence runs to the right margin");
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float y = 700;
                for (String line : List.of(full1, "1.5 billion is a number, not a heading.", full2, "2. A heading")) {
                    text.beginText();
                    text.setFont(font, 12);
                    text.newLineAtOffset(MARGIN, y);
                    text.showText(line);
                    text.endText();
                    y -= 14;
                }
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(NoticeFiles.read(pdf, "wrapped.pdf").text().lines()).containsExactly(
                full1 + " 1.5 billion is a number, not a heading.", full2, "2. A heading");
    }

    private static final float MARGIN = 72;

    /** Words repeated until the line ends less than two ems short of the right margin (as wide as the left). */
    private static String fill(PDType1Font font, String words) throws IOException {
        float right = PDRectangle.A4.getWidth() - MARGIN;
        StringBuilder line = new StringBuilder(words);
        String[] more = words.split(" ");
        for (int i = 0; font.getStringWidth(line + " " + more[i % more.length]) / 1000 * 12 < right - MARGIN; i++) {
            line.append(' ').append(more[i % more.length]);
        }
        assertThat(font.getStringWidth(line.toString()) / 1000 * 12).isGreaterThan(right - MARGIN - 24);
        return line.toString();
    }

    private static List<String> printedLines(String text) {
        return text.lines().map(line -> line.replaceAll("[\\s\\p{Z}]", "")).filter(line -> !line.isEmpty()).toList();
    }

    @Test
    void theKindIsToldByContentNotByName() throws Exception {
        assertThat(NoticeFiles.read(bytes("xinxiang-2017-102.pdf"), "notice.doc").format()).isEqualTo(NoticeFormat.PDF);
        assertThat(NoticeFiles.read(bytes("xinxiang-2017-102.doc"), "notice.pdf").format()).isEqualTo(NoticeFormat.DOC);
        assertThat(NoticeFiles.read(bytes("xinxiang-2017-102.doc"), null).format()).isEqualTo(NoticeFormat.DOC);
        assertThat(NoticeFiles.read(TestNotices.seed().getBytes(StandardCharsets.UTF_8), "102号.txt").format())
                .isEqualTo(NoticeFormat.TEXT);
    }

    @Test
    void aDocxIsReadAsDocxTextReadsIt() throws Exception {
        byte[] docx = docx(List.of("测试工作方案", "一、重点任务"));
        NoticeFile file = NoticeFiles.read(docx, "upload.bin");

        assertThat(file.format()).isEqualTo(NoticeFormat.DOCX);
        assertThat(file.text()).isEqualTo("测试工作方案\n一、重点任务\n");
    }

    @Test
    void aDocTableKeepsItsColumnsLikeTheTabSeparatedText() throws Exception {
        assertReadLikeTheTableText(NoticeFiles.read(bytes("table.doc"), "table.doc"));
    }

    @Test
    void aDocWritesOutTheNumbersWordGeneratesAsTheDocxDoes() throws Exception {
        NoticeFile doc = NoticeFiles.read(bytes("numbered.doc"), "numbered.doc");
        String docx = DocxText.extract(new ByteArrayInputStream(DocxTextTest.docx()));

        assertThat(doc.text().lines()).contains("一、重点任务", "（一）建设孵化载体", "（二）培育科技企业", "二、重点项目");
        assertThat(doc.text()).isEqualTo(docx);
    }

    @Test
    void aPdfTableIsReadByItsRulingsCellsWrappedOverLinesJoined() throws Exception {
        NoticeFile file = NoticeFiles.read(bytes("table.pdf"), "table.pdf");

        assertThat(file.format()).isEqualTo(NoticeFormat.PDF);
        assertThat(file.text().lines()).startsWith("安平市2025年科技创新重点工作任务清单", "安科〔2025〕3号");
        assertReadLikeTheTableText(file);
    }

    private static void assertReadLikeTheTableText(NoticeFile file) {
        ParsedNotice read = NoticeParser.parse(file.text(), UnitDirectory.empty());
        ParsedNotice fromText = NoticeParser.parse(TestNotices.resource("fixtures/table.txt"), UnitDirectory.empty());

        assertThat(file.text().lines()).contains(
                "序号\t重点工作任务\t主要责任单位\t协同配合单位\t完成时限\t备注",
                "一、创新主体培育",
                "1\t新培育高新技术企业\t市科技局\t市财政局、各县（市、区）\t2025年12月底前，新培育高新技术企业40家，"
                        + "其中：东城区10家、西城区10家、临河县8家、青山县6家、高新区6家。\t年度考核",
                "2\t完善技术市场\t市科技局\t市市场监管局\t2025年6月30日前。\t");
        assertThat(read.allTasks()).extracting(ParsedTask::code)
                .containsExactly("一", "一.1", "一.2", "二", "二.1", "二.2");
        for (ParsedTask task : fromText.allTasks()) {
            ParsedTask other = read.task(task.code()).orElseThrow();
            assertThat(other.title()).isEqualTo(task.title());
            assertThat(other.text()).as(task.code()).isEqualTo(task.text());
            assertThat(other.leadUnits()).as(task.code()).isEqualTo(task.leadUnits());
            assertThat(other.coUnits()).as(task.code()).isEqualTo(task.coUnits());
            assertThat(other.coGroups()).as(task.code()).isEqualTo(task.coGroups());
            assertThat(other.milestones()).extracting(Milestone::dueOn)
                    .isEqualTo(task.milestones().stream().map(Milestone::dueOn).toList());
            assertThat(other.targets()).as(task.code()).isEqualTo(task.targets());
        }
    }

    @Test
    void aScannedPdfIsRefusedAsAScanThatNeedsOcr() {
        assertThatThrownBy(() -> NoticeFiles.read(bytes("scan.pdf"), "scan.pdf"))
                .isInstanceOfSatisfying(UnreadableNoticeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PDF_WITHOUT_TEXT))
                .hasMessageContaining("scan").hasMessageContaining("OCR");
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedAsEncrypted() throws Exception {
        byte[] locked;
        try (PDDocument document = Loader.loadPDF(bytes("xinxiang-2017-102.pdf"));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            locked = out.toByteArray();
        }

        assertRefused(locked, "102号.pdf", Reason.ENCRYPTED);
    }

    @Test
    void aPasswordProtectedWordFileIsRefusedAsEncrypted() throws Exception {
        // Word saves a protected .docx as an OLE2 file holding the encrypted package.
        byte[] locked;
        try (POIFSFileSystem file = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(file)) {
                encrypted.write(docx(List.of("一、重点任务")));
            }
            file.writeFilesystem(out);
            locked = out.toByteArray();
        }

        assertRefused(locked, "102号.docx", Reason.ENCRYPTED);
    }

    @Test
    void aPasswordProtectedDocIsRefusedAsEncrypted() throws Exception {
        byte[] locked;
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes("xinxiang-2017-102.doc")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // HWPF encrypts what it writes (RC4 CryptoAPI, as Word 2003 does) while this thread holds a password.
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            document.write(out);
            locked = out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertRefused(locked, "102号.doc", Reason.ENCRYPTED);
    }

    @Test
    void aWpsFileIsRefusedSayingWhatToSaveItAs() throws Exception {
        // Works and old WPS files: an OLE2 file whose text is in a CONTENTS stream, without a Word stream.
        assertRefused(compoundFile("CONTENTS"), "通知.wps", Reason.WPS_DOCUMENT);
        assertRefused(compoundFile("CONTENTS"), "upload", Reason.WPS_DOCUMENT);
        // WPS Office's own .wps builds on Word 97 with extensions HWPF would skip without a word.
        assertRefused(bytes("xinxiang-2017-102.doc"), "通知.WPS", Reason.WPS_DOCUMENT);
        assertThatThrownBy(() -> NoticeFiles.read(compoundFile("CONTENTS"), "通知.wps"))
                .hasMessageContaining("WPS").hasMessageContaining(".docx");
    }

    @Test
    void otherFilesAreRefusedAsUnsupported() throws Exception {
        assertRefused(compoundFile("Workbook"), "表.xls", Reason.UNSUPPORTED_FORMAT);
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, "scan.png",
                Reason.UNSUPPORTED_FORMAT);
        assertRefused("新乡".getBytes(Charset.forName("GBK")), "notice.txt",
                Reason.UNSUPPORTED_FORMAT);
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0, 0}, "notice.docx", Reason.UNSUPPORTED_FORMAT);
        assertRefused("一、主要任务".getBytes(StandardCharsets.UTF_8), "notice.docx", Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void aPdfWhosePagesDecodeToGigabytesIsRefusedBeforeItIsRead() throws Exception {
        byte[] bomb = HostileFiles.pdfOfSpaces(PdfText.MAX_CONTENT_BYTES + 1);

        assertThat(bomb.length).isLessThan(1 << 20);
        assertRefused(bomb, "bomb.pdf", Reason.TOO_LARGE);
    }

    @Test
    void aDocxThatUnpacksToFarMoreThanItsSizeIsRefusedAsTooLarge() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream docx = new ZipInputStream(
                new ByteArrayInputStream(docx(List.of("一、重点任务"))));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = docx.getNextEntry(); entry != null; entry = docx.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                docx.transferTo(out);
            }
            // 50 MiB of spaces deflate to about 50 KiB: a ratio no Word part has.
            out.putNextEntry(new ZipEntry("word/padding.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(spaces);
            }
        }

        assertRefused(bomb.toByteArray(), "102号.docx", Reason.TOO_LARGE);
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfOrAWordFileIsRefusedAsDamaged() {
        byte[] pdf = bytes("xinxiang-2017-102.pdf");
        assertRefused(Arrays.copyOf(pdf, 2000), "102号.pdf", Reason.DAMAGED);
        byte[] doc = bytes("xinxiang-2017-102.doc");
        assertRefused(Arrays.copyOf(doc, 600), "102号.doc", Reason.DAMAGED);
    }

    private static void assertSameTasksAsTheText(ParsedNotice read) {
        assertThat(read.plan().docNumber()).isEqualTo(SEED_TEXT.plan().docNumber());
        assertThat(read.plan().issuedOn()).isEqualTo(SEED_TEXT.plan().issuedOn());
        assertThat(read.leafTasks()).hasSize(27);
        assertThat(read.allTasks()).extracting(ParsedTask::code)
                .isEqualTo(SEED_TEXT.allTasks().stream().map(ParsedTask::code).toList());
        for (ParsedTask task : SEED_TEXT.allTasks()) {
            ParsedTask other = read.task(task.code()).orElseThrow();
            assertThat(other.title()).as(task.code()).isEqualTo(task.title());
            assertThat(other.leadUnits()).as(task.code()).isEqualTo(task.leadUnits());
            assertThat(other.leadGroups()).as(task.code()).isEqualTo(task.leadGroups());
            assertThat(other.coUnits()).as(task.code()).isEqualTo(task.coUnits());
            assertThat(other.coGroups()).as(task.code()).isEqualTo(task.coGroups());
            assertThat(other.milestones()).as(task.code()).extracting(Milestone::dueOn)
                    .isEqualTo(task.milestones().stream().map(Milestone::dueOn).toList());
            assertThat(other.targets()).as(task.code()).hasSameSizeAs(task.targets());
        }
    }

    private static void assertRefused(byte[] content, String name, Reason reason) {
        assertThatThrownBy(() -> NoticeFiles.read(content, name)).as(name)
                .isInstanceOfSatisfying(UnreadableNoticeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static byte[] bytes(String file) {
        try (InputStream in = NoticeFilesTest.class.getClassLoader().getResourceAsStream("fixtures/files/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docx(List<String> lines) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            lines.forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 compound file with one stream of this name. */
    private static byte[] compoundFile(String stream) throws IOException {
        try (POIFSFileSystem file = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            file.createDocument(new ByteArrayInputStream(new byte[600]), stream);
            file.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
