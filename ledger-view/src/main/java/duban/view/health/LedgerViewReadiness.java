package duban.view.health;

import duban.consumer.StuckEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "Ledger view": DOWN until the follower read the event table once, while it cannot read the database or
 * a stored event, and once one event of the topic failed {@value #ATTEMPTS_BEFORE_DOWN} times in a row (the consumer
 * stops there rather than skip it; the event is named). Its data say how far the view is.
 */
@Readiness
@ApplicationScoped
public class LedgerViewReadiness implements HealthCheck {

    public static final String NAME = "Ledger view";
    /** Failures in a row of one event after which the service is not ready: a passing hiccup does not count. */
    public static final int ATTEMPTS_BEFORE_DOWN = 3;

    @Inject
    LedgerViewState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named(NAME).up();
        check.withData("events", state.eventsInMemory());
        check.withData("globalindex", state.follower().lastGlobalIndex());
        state.follower().lastRecordedAt().ifPresent(at -> check.withData("recordedat", at.toString()));
        check.withData("secondsBehind", String.format(java.util.Locale.ROOT, "%.1f", state.secondsBehind()));
        check.withData("lag", state.totalLag());
        state.lagPerPartition().forEach((partition, lag) -> check.withData("lag.partition." + partition, lag));
        check.withData("appliedPerSecond", String.format(java.util.Locale.ROOT, "%.1f", state.appliedPerSecond()));
        state.consumption().skipped().forEach((reason, count) -> check.withData("skipped." + reason, count));
        state.lagFailure().ifPresent(failure -> check.withData("lagFailure", failure));

        if (!state.follower().loaded()) {
            check.down().withData("reason", "the event table was not read yet");
        }
        state.follower().failure().ifPresent(failure -> check.down()
                .withData("reason", "the event table cannot be read: " + failure));
        state.follower().unreadable().ifPresent(failure -> check.down().withData("reason", failure));
        Optional<StuckEvent> stuck = state.consumption().stuck();
        stuck.ifPresent(event -> {
            check.withData("stuck.eventId", event.eventId())
                    .withData("stuck.type", String.valueOf(event.type()))
                    .withData("stuck.partition", event.partition())
                    .withData("stuck.offset", event.offset())
                    .withData("stuck.attempts", event.attempts())
                    .withData("stuck.since", event.since().toString())
                    .withData("stuck.error", event.error());
            if (event.attempts() >= ATTEMPTS_BEFORE_DOWN) {
                check.down().withData("reason", "event " + event.eventId() + " failed " + event.attempts()
                        + " times in a row; the events after it wait");
            }
        });
        return check.build();
    }
}
