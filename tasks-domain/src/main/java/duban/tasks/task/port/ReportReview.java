package duban.tasks.task.port;

import java.time.LocalDate;

/**
 * Whether a task's plan has its reports reviewed (审核), and the days a return is judged by. The Task aggregate does
 * not know its plan's state nor the calendar, so the app provides this (from the plan's events, the working-day
 * calendar and the ledger rules' {@code CorrectionDeadline}) and registers it as an Axon component; Axon passes it to
 * the command handlers that take it as a parameter.
 *
 * <p>Contract: a plan without a stated setting (or not known) is not reviewed; "today" is the app's clock in the
 * plan's time zone. Implementations must be side-effect free and fast: they run inside the command's unit of work.
 */
public interface ReportReview {

    /** Whether the plan's reports are reviewed now. */
    boolean required(String planId);

    /** The day it is now in the plan's time zone: the day of a return. */
    LocalDate today(String planId);

    /** The day by which a report returned on {@code returnedOn} is to be corrected when the return names none. */
    LocalDate correctBy(String planId, LocalDate returnedOn);
}
