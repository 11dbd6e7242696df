package duban.notification.email;

/**
 * What one reminder's e-mail says, each part in Chinese and already worded: the templates only lay it out.
 *
 * @param greeting  whom it addresses (the unit's name, or 督查室)
 * @param sentence  the reminder's own sentence, as its inbox entry says it
 * @param about     the period (2017年11月5日期) or the milestone it is about; null for an urge
 * @param dueDay    the day it is due (the period's deadline, the milestone's day); null for an urge
 * @param sentAt    when it was sent, in the plan's time zone
 * @param lateNote  why it comes late, when it went out well after its time; else null
 * @param why       why this address gets it
 */
public record Letter(String subject, String greeting, String sentence, String taskCode, String taskTitle,
                     String about, String dueDay, String sentAt, String lateNote, String why) {
}
