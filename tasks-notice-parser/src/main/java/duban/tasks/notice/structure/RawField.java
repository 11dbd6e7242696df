package duban.tasks.notice.structure;

import duban.tasks.notice.text.Snippet;

/** A labelled field as found: its kind, the label as written, and its value. */
public record RawField(FieldKind kind, String label, Snippet value) {

    public RawField withValue(Snippet newValue) {
        return new RawField(kind, label, newValue);
    }
}
