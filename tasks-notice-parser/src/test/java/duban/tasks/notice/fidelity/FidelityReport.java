package duban.tasks.notice.fidelity;

import duban.tasks.notice.model.WarningCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The fidelity figures of every fixture notice and their totals, as a Markdown page a person reads. */
record FidelityReport(List<NoticeScore> scores) {

    int tasksExpected() {
        return scores.stream().mapToInt(NoticeScore::tasksExpected).sum();
    }

    int tasksFound() {
        return scores.stream().mapToInt(NoticeScore::tasksFound).sum();
    }

    double tasksFoundRatio() {
        return ratio(tasksFound(), tasksExpected());
    }

    /** Lead and co-responsible roles read exactly, over every task that assigns units. */
    double unitsExactRatio() {
        int roles = 2 * scores.stream().mapToInt(NoticeScore::assigningTasks).sum();
        int exact = scores.stream().mapToInt(s -> s.leadExact() + s.coExact()).sum();
        return ratio(exact, roles);
    }

    int invented() {
        return scores.stream().mapToInt(s -> s.invented().size()).sum();
    }

    int unparsedRegions() {
        return scores.stream().flatMap(s -> s.warnings().entrySet().stream())
                .filter(e -> e.getKey() == WarningCode.UNPARSED_REGION).mapToInt(Map.Entry::getValue).sum();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Notice parser fidelity\n\n");
        out.append("| notice | layout | tasks found | lead exact | co exact | groups | dates | leaders "
                + "| invented units | warnings |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (NoticeScore s : scores) {
            out.append("| ").append(s.slug())
                    .append(" | ").append(s.layout())
                    .append(" | ").append(s.tasksFound()).append('/').append(s.tasksExpected())
                    .append(" | ").append(s.leadExact()).append('/').append(s.assigningTasks())
                    .append(" | ").append(s.coExact()).append('/').append(s.assigningTasks())
                    .append(" | ").append(s.groupsExact()).append('/').append(s.tasksExpected())
                    .append(" | ").append(s.datesFound()).append('/').append(s.datesExpected())
                    .append(" | ").append(s.leadersFound()).append('/').append(s.leadersExpected())
                    .append(" | ").append(s.invented().isEmpty() ? "0" : s.invented().size() + " " + s.invented())
                    .append(" | ").append(warnings(s.warnings()))
                    .append(" |\n");
        }
        out.append(String.format(Locale.ROOT,
                "%nTotal: %d notices, tasks found %d/%d (%.1f %%), lead and co units exact %.1f %%, "
                        + "invented units %d, unparsed regions warned %d.%n",
                scores.size(), tasksFound(), tasksExpected(), 100 * tasksFoundRatio(), 100 * unitsExactRatio(),
                invented(), unparsedRegions()));
        for (NoticeScore s : scores) {
            if (!s.misses().isEmpty()) {
                out.append("\n## ").append(s.slug()).append("\n\n");
                s.misses().forEach(miss -> out.append("- ").append(miss).append('\n'));
            }
        }
        return out.toString();
    }

    private static String warnings(Map<WarningCode, Integer> counts) {
        return counts.isEmpty() ? "–" : counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
