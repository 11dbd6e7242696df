package duban.tasks.attachment.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range: bytes=…} header (RFC 9110 §14): {@code a-b}, {@code a-} or the suffix
 * {@code -n}. Several ranges, or another unit, are not served as ranges: the whole file is (as the RFC allows).
 */
record ByteRange(long first, long last) {

    private static final Pattern ONE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d{0,18})\\s*-\\s*(\\d{0,18})\\s*");

    /** What the header asks of a file of {@code size} bytes. */
    sealed interface Asked permits Whole, Part, Unsatisfiable {
    }

    record Whole() implements Asked {
    }

    record Part(ByteRange range) implements Asked {
    }

    record Unsatisfiable() implements Asked {
    }

    long length() {
        return last - first + 1;
    }

    static Asked parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = ONE.matcher(header);
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        Optional<ByteRange> range;
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            range = suffix == 0 || size == 0 ? Optional.empty()
                    : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
        } else {
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
                return new Whole(); // syntactically invalid: ignored
            }
            range = first >= size ? Optional.empty() : Optional.of(new ByteRange(first, last));
        }
        return range.<Asked>map(Part::new).orElseGet(Unsatisfiable::new);
    }
}
