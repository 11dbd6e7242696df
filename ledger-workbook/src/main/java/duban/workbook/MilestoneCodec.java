package duban.workbook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Milestones in one cell, one per line: {@code 2017-12-31|力争|已完成|description}. The flags field holds
 * 力争 (soft) and 已完成 (done) separated by a comma, or nothing; the description comes last so it may contain
 * '|'. Line breaks inside a description are written as \n and a backslash as \\, so one line stays one milestone.
 */
final class MilestoneCodec {

    static final String SOFT_FLAG = "力争";
    static final String DONE_FLAG = "已完成";
    private static final Pattern LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\|([^|]*)\\|(.*)");

    private MilestoneCodec() {
    }

    static String format(List<Milestone> milestones) {
        List<String> lines = new ArrayList<>();
        for (Milestone milestone : milestones) {
            List<String> flags = new ArrayList<>();
            if (milestone.soft()) {
                flags.add(SOFT_FLAG);
            }
            if (milestone.done()) {
                flags.add(DONE_FLAG);
            }
            lines.add(milestone.due() + "|" + String.join(",", flags) + "|" + escape(milestone.description()));
        }
        return String.join("\n", lines);
    }

    /** @throws IllegalArgumentException naming the line that is wrong, for the reader to place */
    static List<Milestone> parse(String cell) {
        List<Milestone> milestones = new ArrayList<>();
        String[] lines = cell.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            milestones.add(parseLine(lines[i], i + 1));
        }
        return milestones;
    }

    private static Milestone parseLine(String line, int lineNumber) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("milestone line " + lineNumber
                    + " must read yyyy-MM-dd|flags|description, not '" + line + "'");
        }
        LocalDate due;
        try {
            due = LocalDate.parse(matcher.group(1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("milestone line " + lineNumber + " has no valid date: '" + line + "'");
        }
        boolean soft = false;
        boolean done = false;
        for (String flag : matcher.group(2).split(",")) {
            switch (flag.strip()) {
                case "" -> { }
                case SOFT_FLAG -> soft = true;
                case DONE_FLAG -> done = true;
                default -> throw new IllegalArgumentException("milestone line " + lineNumber + " has an unknown flag '"
                        + flag + "'; known are " + SOFT_FLAG + " and " + DONE_FLAG);
            }
        }
        return new Milestone(due, unescape(matcher.group(3)), soft, done);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
