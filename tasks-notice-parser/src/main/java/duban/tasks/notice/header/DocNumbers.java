package duban.tasks.notice.header;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 (document numbers) such as 新政办〔2017〕102号, also when a web page wrote 新政办(2017)102号 or
 * 新政办[2017]102号. The standard form uses the hexagonal brackets 〔〕.
 */
public final class DocNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "([\\u4e00-\\u9fa5]+)\\s*[〔\\[(【]\\s*(\\d{4})\\s*[〕\\])】]\\s*(\\d{1,4})\\s*号");
    /** Longer runs before the year are a title running into the 机关代字; its last characters are the code. */
    private static final int LONGEST_ISSUER_CODE = 5;
    private static final int USUAL_ISSUER_CODE = 3;

    private DocNumbers() {
    }

    public static Optional<String> find(String folded) {
        Matcher m = NUMBER.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        String code = m.group(1);
        if (code.length() > LONGEST_ISSUER_CODE) {
            code = code.substring(code.length() - USUAL_ISSUER_CODE);
        }
        return Optional.of(code + "〔" + m.group(2) + "〕" + m.group(3) + "号");
    }

    /**
     * The first number that is not a cited document's: 根据《国务院关于…的意见》(国发〔2014〕69号) names the document
     * a notice rests on, never the notice itself.
     */
    public static Optional<String> findUncited(String folded) {
        Matcher m = NUMBER.matcher(folded);
        while (m.find()) {
            if (!folded.substring(0, m.start()).stripTrailing().matches("(?s).*》\\s*\\(?")) {
                return find(folded.substring(m.start()));
            }
        }
        return Optional.empty();
    }

    /** True when the line is the number and nothing else. */
    public static boolean isWholeLine(String folded) {
        Matcher m = NUMBER.matcher(folded.trim());
        return m.matches() && m.group(1).length() <= LONGEST_ISSUER_CODE;
    }
}
