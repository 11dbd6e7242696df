package duban.http.security.input;

/** Where a NUL character hides. */
final class NulCharacters {

    private NulCharacters() {
    }

    static boolean in(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
