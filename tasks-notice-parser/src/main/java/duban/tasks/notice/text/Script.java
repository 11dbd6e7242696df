package duban.tasks.notice.text;

import com.ibm.icu.text.Transliterator;

/**
 * Notices copied from traditional-script pages (繁体字: 牽頭單位, 各縣市區人民政府): every label, group phrase and
 * unit name the parser knows is simplified, so such a notice is read after ICU's Traditional-Simplified
 * transliteration, which maps character for character and leaves line breaks where they were.
 */
public final class Script {

    /**
     * Characters frequent in government prose that exist only in traditional script; a simplified notice quoting a
     * traditional name now and then stays as written.
     */
    private static final String TRADITIONAL_ONLY =
            "於為與這個們來時會國將從對發關單區縣實現點處應標進過還總條務業機經濟體劃責負協監導領頭門開問間東車長書"
                    + "說動學設級織結價資農糧質產項類確嚴強態環營規構據續護證讓議論訓識備傳運達選錢鎮陽際億萬無興舉";

    /** Enough of them that the notice is written in traditional script, not merely quoting a name. */
    private static final int TRADITIONAL_AT_LEAST = 8;

    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private Script() {
    }

    public static boolean isTraditional(String text) {
        int found = 0;
        for (int i = 0; i < text.length() && found < TRADITIONAL_AT_LEAST; i++) {
            if (TRADITIONAL_ONLY.indexOf(text.charAt(i)) >= 0) {
                found++;
            }
        }
        return found >= TRADITIONAL_AT_LEAST;
    }

    /** The text in simplified characters. */
    public static String simplified(String text) {
        return TO_SIMPLIFIED.get().transliterate(text);
    }
}
