package duban.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a recipient's reminders, unread first, the latest first within each (by the time it was sent, then by the
 * day it was meant for).
 */
@Schema(name = "Inbox", description = "A unit's reminders (提醒), unread first")
public record Inbox(String recipient, int unread, int total, int page, int size, List<Item> items) {

    /**
     * A reminder in the inbox.
     *
     * @param subject the reporting day of the period, the milestone's id, the urge's id, or for an acknowledgement
     *                (签收) the instant its assignment was recorded
     * @param dueAt   when it fell due; {@code late} when it went out well after (the service was down)
     */
    @Schema(name = "InboxItem")
    public record Item(String id,
                       @Schema(enumeration = {"REPORT_DUE_SOON", "REPORT_DUE_TODAY", "REPORT_OVERDUE", "MILESTONE_DUE",
                               "MILESTONE_OVERDUE", "URGED", "REPORT_RETURNED", "CORRECTION_OVERDUE",
                               "ACKNOWLEDGEMENT_DUE", "ACKNOWLEDGEMENT_OVERDUE"}) String kind,
                       String taskId, String planId, String taskCode, String aboutUnit, String subject,
                       LocalDate sendOn, Instant dueAt, Instant sentAt, boolean late,
                       @Schema(example = "报送提醒：二.(一).1") String heading,
                       @Schema(example = "请于2017年11月20日前报送「二.(一).1 培育高新技术企业」2017年11月20日期进展情况。")
                       String body, Instant readAt) {
    }
}
