package duban.tasks.notice.model;

/**
 * Where one non-empty line of the notice went.
 *
 * @param line  the line (1-based)
 * @param place what it was read as
 * @param code  the task's or provision's code when {@code place} is TASK or PROVISION, else null
 */
public record LineAccount(int line, LinePlace place, String code) {
}
