package duban.view.store;

/**
 * The memory took in new events: what works from "now" (reminders, caches) may look again.
 *
 * @param events how many events it took in
 */
public record ViewAdvanced(int events) {
}
