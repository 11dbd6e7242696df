package duban.events.task;

/** Metadata of a file attached to a report; the file itself lives outside the ledger. */
public record Attachment(String name, long size, String sha256) {
}
