package duban.tasks.infrastructure.axon;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What monitoring one command costs on the command bus, from its ingestion to its success, with a Prometheus
 * registry as tasks-service has: {@code axon} is the monitor Axon's registry builds (timers with client-side
 * percentiles, counters and the capacity window, looked up per message), {@code axon-without-capacity} the same
 * without the capacity window (whose every message it keeps makes the first grow with the run), {@code built-once}
 * {@link MessageMeters}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class MessageMetersBenchmark {

    record ReportProgress(String taskId, String unitId, String text) {
    }

    @Param({"axon", "axon-without-capacity", "built-once"})
    public String monitor;

    private MessageMonitor<Message<?>> commandBus;
    private CommandMessage<ReportProgress> command;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void setUp() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Function<Message<?>, Iterable<Tag>> tags = message -> Tags.of("payloadType",
                message.getPayloadType().getSimpleName());
        commandBus = switch (monitor) {
            case "axon" -> (MessageMonitor<Message<?>>) new GlobalMetricRegistry(registry)
                    .registerComponentWithDefaultTags(CommandBus.class, "commandBus");
            case "axon-without-capacity" -> new MultiMessageMonitor<>(
                    MessageTimerMonitor.buildMonitor("commandBus", registry, tags),
                    MessageCountingMonitor.buildMonitor("commandBus", registry, tags));
            default -> MessageMeters.forComponent(CommandBus.class, "commandBus", registry);
        };
        command = GenericCommandMessage.asCommandMessage(new ReportProgress("task-1", "unit-1", "已完成"));
    }

    @Benchmark
    public void oneCommand() {
        commandBus.onMessageIngested(command).reportSuccess();
    }
}
