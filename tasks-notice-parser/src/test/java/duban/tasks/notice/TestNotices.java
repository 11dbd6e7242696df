package duban.tasks.notice;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import duban.tasks.notice.model.ParsedNotice;
import duban.tasks.notice.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Notices for tests: resources, and small notices with a standard header around a few body lines. */
public final class TestNotices {

    /** Lines before the body in {@link #notice}: the body's first line is line 6. */
    public static final int HEADER_LINES = 5;

    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private TestNotices() {
    }

    public static String resource(String path) {
        try (InputStream in = TestNotices.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seed() {
        return resource("demo/xinxiang-2017-102.txt");
    }

    /** A notice issued on 2025-01-10 by 测试市人民政府办公室 whose body is the given lines. */
    public static String notice(String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "测试市人民政府办公室关于印发测试工作方案的通知",
                "测政办〔2025〕1号",
                "测试市人民政府办公室",
                "2025年1月10日",
                "测试工作方案"));
        lines.addAll(List.of(body));
        return String.join("\n", lines);
    }

    public static ParsedNotice parse(String... body) {
        return NoticeParser.parse(notice(body), UnitDirectory.empty());
    }

    /** The warnings that are oddities of the text, not units to register. */
    public static List<Warning> oddities(ParsedNotice notice) {
        return notice.warnings().stream().filter(w -> !w.code().review()).toList();
    }
}
