package duban.tasks.notice.model;

/**
 * Something a reviewer should look at.
 *
 * @param line    the line of the notice it concerns (1-based)
 * @param code    stable, for clients to filter and translate
 * @param message English explanation
 * @param text    the text concerned, verbatim
 */
public record Warning(int line, WarningCode code, String message, String text) {
}
