package duban.tasks.notice.text;

/** Folds full-width forms to ASCII, one character for one, so offsets stay valid in the original. */
public final class Folding {

    private Folding() {
    }

    public static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\uFEFF') {
            return ' ';
        }
        return c;
    }
}
