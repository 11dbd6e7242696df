package duban.tasks.infrastructure.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import duban.events.EventJson;
import duban.events.LedgerEvent;
import duban.events.envelope.CloudEventCodec;
import duban.events.task.Allocation;
import duban.events.task.Attachment;
import duban.events.task.ProgressReported;
import duban.events.task.TargetCount;
import duban.events.task.TargetSet;
import duban.tasks.infrastructure.axon.ContractSerializer;
import duban.tasks.infrastructure.axon.MilestoneScheduledUpcaster;
import duban.tasks.infrastructure.observability.TraceContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One ledger record built from one stored row, as the Kafka publisher does per event: the row read as the event
 * store's tracking reader reads it (a lazily decoded message), the write's trace context taken from the metadata, the
 * CloudEvents JSON written. {@code decoded} is the path before the publisher copied the stored text (Axon decodes
 * payload and metadata, the envelope is written from the records); {@code stored} is the publisher's path now;
 * {@code rowOnly} is the reading of the row both share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Dfile.encoding=UTF-8"})
public class StoredEventRecordBenchmark {

    private static final String SOURCE = "/duban/tasks-service";
    private static final Map<String, String> TRACE = Map.of(TraceContext.TRACEPARENT,
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

    /**
     * {@code progress-report}: a clerk's report with two counts and an attachment (about 0.5 KB); {@code seed-target}:
     * the largest target breakdown of the seed plan (2 KB); {@code large-allocation}: a target broken down over 20
     * groups of 10 units each, with ranges (about 30 KB).
     */
    @Param({"progress-report", "seed-target", "large-allocation"})
    String event;

    private final Serializer serializer = ContractSerializer.create(EventJson.configure(JsonMapper.builder()).build());
    private final EventUpcaster upcasters = new EventUpcasterChain(new MilestoneScheduledUpcaster());
    private final CloudEventCodec codec = new CloudEventCodec();
    private final StoredEventEnvelopes envelopes = new StoredEventEnvelopes(serializer, SOURCE, codec);
    private DomainEventData<String> row;

    @Setup
    public void storeTheRow() throws IOException {
        Object payload = switch (event) {
            case "progress-report" -> new ProgressReported("5f0c1f8e-4a61-4b7e-9d43-0c7a1d1e2b3c", "r-2017-11-20-kjj",
                    "d012e572-9910-3893-b095-16b03e74cff6", LocalDate.of(2017, 11, 20),
                    "已完成第二批高企推荐工作,推荐企业15家,其中红旗区3家、牧野区2家;第三批推荐工作正在组织申报,预计11月底前完成。",
                    List.of(new TargetCount("t-gaoqi", new BigDecimal("15")),
                            new TargetCount("t-invest", new BigDecimal("1250.50"))),
                    List.of("m-1"), List.of(new Attachment("高企认定名单.pdf", 183_204, "ab".repeat(32))));
            case "seed-target" -> largestSeedTarget();
            case "large-allocation" -> largeAllocation();
            default -> throw new IllegalArgumentException(event);
        };
        String metaData = serializer.serialize(MetaData.from(Map.of(
                "actorUser", "clerk-7", "actorUnit", "d012e572-9910-3893-b095-16b03e74cff6", "actorRole", "unit",
                "correlationId", "0c6f4f0e-2d7b-4b8a-9a55-5d3c2f1e0a9b", "causationId",
                "7a1e3c5b-9d2f-4e6a-8b0c-1f2e3d4c5b6a", "traceId", "7a1e3c5b-9d2f-4e6a-8b0c-1f2e3d4c5b6a",
                "idempotencyKey", "report-2017-11-20-kjj", "occurredAt", "2017-11-20T02:00:00.120Z",
                TraceContext.TRACEPARENT, TRACE.get(TraceContext.TRACEPARENT))), String.class).getData();
        var serialized = serializer.serialize(payload, String.class);
        row = new GenericDomainEventEntry<>("Task", ((LedgerEvent) payload).aggregateId(), 12,
                "3b2d1f0e-6c5a-4b9e-8d7c-2a1b0c9d8e7f", "2017-11-20T02:00:01.000Z", serialized.getType().getName(),
                serialized.getType().getRevision(), serialized.getData(), metaData);
        byte[] decoded = DecodedEnvelopes.write(codec, SOURCE, read(), 42, TRACE);
        DomainEventMessage<?> stored = read();
        DecodedEnvelopes.assertSameRecord(event, decoded, envelopes.write(stored, envelopes.metadata(stored), 42,
                TRACE));
        System.out.printf("%n%s: payload %,d B, record %,d B%n", event, serialized.getData().length(), decoded.length);
    }

    /** The row as the tracking reader hands it over: payload and metadata decoded only when asked for. */
    private DomainEventMessage<?> read() {
        return (DomainEventMessage<?>) EventUtils.upcastAndDeserializeTrackedEvents(
                Stream.of(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(41), row)), serializer,
                upcasters).findFirst().orElseThrow();
    }

    @Benchmark
    public Object rowOnly() {
        return read().getIdentifier();
    }

    @Benchmark
    public byte[] decoded(Blackhole traceParent) {
        DomainEventMessage<?> event = read();
        traceParent.consume(TraceContext.from(event.getMetaData()));
        return DecodedEnvelopes.write(codec, SOURCE, event, 42, TRACE);
    }

    @Benchmark
    public byte[] stored(Blackhole traceParent) {
        DomainEventMessage<?> event = read();
        StoredMetadata metadata = envelopes.metadata(event);
        traceParent.consume(TraceContext.from(metadata.traceContext()));
        return envelopes.write(event, metadata, 42, TRACE);
    }

    /** The largest target breakdown the seed notice's import records. */
    private Object largestSeedTarget() throws IOException {
        ObjectMapper json = EventJson.mapper();
        JsonNode largest = null;
        for (String line : Files.readAllLines(Path.of("../demo/xinxiang-2017-102.ledger.jsonl"),
                StandardCharsets.UTF_8)) {
            JsonNode stored = json.readTree(line);
            if (stored.get("type").asText().equals("duban.task.target-set.v1")
                    && (largest == null || line.length() > largest.toString().length())) {
                largest = stored;
            }
        }
        return json.treeToValue(largest.get("data"), TargetSet.class);
    }

    private static TargetSet largeAllocation() {
        List<Allocation> groups = new ArrayList<>();
        for (int group = 0; group < 20; group++) {
            List<Allocation> units = new ArrayList<>();
            for (int unit = 0; unit < 10; unit++) {
                units.add(new Allocation("%08d-9910-3893-b095-16b03e74cff6".formatted(group * 100 + unit), null,
                        false, new BigDecimal("12.50"), new BigDecimal(unit + 13 + ".75"), unit % 3 == 0, List.of()));
            }
            groups.add(new Allocation(null, "g-county-" + group, false, new BigDecimal("125.00"),
                    new BigDecimal("180"), false, units));
        }
        return new TargetSet("5f0c1f8e-4a61-4b7e-9d43-0c7a1d1e2b3c", "t-invest", "新增固定资产投资(亿元),各县(市)、区分解落实",
                "亿元", new BigDecimal("2500.00"), groups, List.of("项目甲", "项目乙"), List.of());
    }
}
