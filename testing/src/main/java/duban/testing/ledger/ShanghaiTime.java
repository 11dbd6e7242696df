package duban.testing.ledger;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The instants tests write their ledger at, given as the local time of the plans' zone (Asia/Shanghai). */
public final class ShanghaiTime {

    /** The zone of every plan the tests write. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ShanghaiTime() {
    }

    /** The instant of a local date-time in Asia/Shanghai, such as {@code 2017-11-20T09:00}. */
    public static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
