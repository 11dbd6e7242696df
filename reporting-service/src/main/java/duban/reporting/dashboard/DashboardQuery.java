package duban.reporting.dashboard;

import duban.rules.rag.Rag;
import duban.rules.status.TaskStatus;
import java.time.Instant;

/**
 * What a dashboard request asks for.
 *
 * @param asOf   the instant; null: now
 * @param planId only this plan's tasks; null: all
 * @param status only tasks in this status; null: all
 * @param signal only tasks with this colour for the unit; null: all
 */
public record DashboardQuery(Instant asOf, String planId, TaskStatus status, Rag signal, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
}
