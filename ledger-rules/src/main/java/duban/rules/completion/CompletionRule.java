package duban.rules.completion;

import duban.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** Judges a task's completion against its final due date, and counts the working days it took. */
public final class CompletionRule {

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public CompletionRule(WorkingDayCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The task's state as of {@code cutoff}: completed (approved by then) on or before its final due date, or after
     * it; not completed with the end of its final due date at or before the cut-off (overdue), or still ahead.
     * The day of completion is the approval's day in the plan's zone. A task without a final due date cannot be
     * late: completed it is on time, open it is not due.
     */
    public CompletionState state(TaskCompletion task, Instant cutoff) {
        boolean completed = task.completedAt() != null && !task.completedAt().isAfter(cutoff);
        if (completed) {
            return task.finalDueOn() == null || !dayOf(task.completedAt()).isAfter(task.finalDueOn())
                    ? CompletionState.ON_TIME : CompletionState.LATE;
        }
        if (task.finalDueOn() != null && !FinalDueDate.endOf(task.finalDueOn(), zone).isAfter(cutoff)) {
            return CompletionState.OVERDUE;
        }
        return CompletionState.NOT_DUE;
    }

    /**
     * 办结时长: the working days after the day of assignment up to and including the day of approval (approved the
     * day it was assigned: 0); weekends, holidays and 调休 as the calendar has them.
     */
    public int workingDays(Instant assignedAt, Instant completedAt) {
        LocalDate from = dayOf(assignedAt);
        LocalDate to = dayOf(completedAt);
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    private LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
