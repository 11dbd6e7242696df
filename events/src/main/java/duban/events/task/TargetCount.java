package duban.events.task;

import java.math.BigDecimal;

/** A cumulative count reported against one target: replaces, never adds to, the previous one. */
public record TargetCount(String targetId, BigDecimal cumulative) {
}
