package duban.tasks.notice.text;

import java.util.OptionalLong;

/** Chinese numerals (一, 十二, 二十六, 一百五十, 二〇一七) and Arabic digits to numbers. */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万';
    }

    public static OptionalLong parse(String s) {
        if (s == null || s.isEmpty()) {
            return OptionalLong.empty();
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 15 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(s));
        }
        if (s.chars().allMatch(c -> digit((char) c) >= 0)) {
            long value = 0;
            for (char c : s.toCharArray()) {
                value = value * 10 + digit(c);
            }
            // Digit by digit, as years are written: 二〇一七.
            return OptionalLong.of(value);
        }
        return withUnits(s);
    }

    private static OptionalLong withUnits(String s) {
        long total = 0;
        long section = 0;
        long current = -1;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalLong.empty();
            }
            if (unit == 10000) {
                section = (section + Math.max(current, 0)) * unit;
                total += section;
                section = 0;
            } else {
                section += (current < 0 ? 1 : current) * unit;
            }
            current = -1;
        }
        return OptionalLong.of(total + section + Math.max(current, 0));
    }

    private static int digit(char c) {
        if (c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }

    /** Writes 1..99 as Chinese numerals (一, 十, 十二, 二十六), larger numbers in digits. */
    public static String format(int value) {
        if (value <= 0 || value > 99) {
            return String.valueOf(value);
        }
        int tens = value / 10;
        int units = value % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 0) {
            s.append(tens > 1 ? String.valueOf(DIGITS.charAt(tens)) : "").append('十');
        }
        if (units > 0) {
            s.append(DIGITS.charAt(units));
        }
        return s.toString();
    }
}
