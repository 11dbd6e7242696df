package duban.tasks.notice.units;

/** Two spellings of one name: same length, one character apart, not in the last (category) character. */
final class NearMisses {

    private static final int SHORTEST = 3;

    private NearMisses() {
    }

    static boolean near(String a, String b) {
        if (a.length() != b.length() || a.length() < SHORTEST || a.equals(b)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (i == a.length() - 1 || ++differences > 1) {
                    return false;
                }
            }
        }
        return differences == 1;
    }
}
