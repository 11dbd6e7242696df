package duban.calendar;

import java.time.LocalDate;

/** One validated row of a calendar file: a range of days that are all holidays, or all worked weekend days. */
record CalendarRow(LocalDate first, LocalDate last, Kind kind, String name, String source, int line) {

    /** The TSV's {@code kind} column. */
    enum Kind {
        /** 放假: no work, weekday or not. */
        HOLIDAY("holiday"),
        /** 调休上班: a weekend day that is worked. */
        WORKDAY("workday");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    String location() {
        return source + ", line " + line;
    }
}
