package duban.load;

import duban.events.LedgerEvent;
import duban.events.Topics;
import duban.events.envelope.Actor;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.events.envelope.EventMetadata;
import duban.events.plan.PlanRegistered;
import duban.events.plan.ReportingDayPolicy;
import duban.events.task.MilestoneCommitment;
import duban.events.task.MilestoneScheduled;
import duban.events.task.TaskCreated;
import duban.events.unit.UnitCategory;
import duban.events.unit.UnitRegistered;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A plan of any size made of the {@code events} records and written straight onto the ledger topic, as tasks-service
 * would have recorded it: units of the four usual categories, tasks with their lead and co-responsible units spread
 * evenly over the units, and a milestone each due next month. Ids derive from the plan's name, so a run names what it
 * wrote.
 */
final class SyntheticPlan implements AutoCloseable {

    private static final String[] AREAS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final UnitCategory[] CATEGORIES = {UnitCategory.CITY_DEPARTMENT, UnitCategory.COUNTY,
            UnitCategory.DISTRICT, UnitCategory.FUNCTIONAL_ZONE};

    private final String name;
    private final int tasks;
    private final int units;
    private final int leads;
    private final int coUnits;
    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final Map<String, Long> sequences = new HashMap<>();
    private long written;

    SyntheticPlan(String bootstrapServers, String name, int tasks, int units, int leads, int coUnits) {
        if (leads + coUnits > units) {
            throw new IllegalArgumentException("a task cannot have more units than there are");
        }
        this.name = name;
        this.tasks = tasks;
        this.units = units;
        this.leads = leads;
        this.coUnits = coUnits;
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer());
    }

    String planId() {
        return id("plan");
    }

    String unitId(int unit) {
        return id("unit-" + unit);
    }

    String taskId(int task) {
        return id("task-" + task);
    }

    /** The tasks unit {@code unit} leads or shares, given the even spread. */
    int tasksOf(int unit) {
        int count = 0;
        for (int task = 0; task < tasks; task++) {
            int first = (task * (leads + coUnits)) % units;
            int offset = Math.floorMod(unit - first, units);
            if (offset < leads + coUnits) {
                count++;
            }
        }
        return count;
    }

    /** Writes the plan, its units and its tasks as recorded at {@code at}; returns the events written. */
    long write(Instant at) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = at.atZone(zone).toLocalDate();
        send(new PlanRegistered(planId(), "压力测试方案 " + name, null, "压力测试", today, List.of(5, 20),
                zone.getId(), ReportingDayPolicy.NEXT_WORKING_DAY), at);
        for (int unit = 0; unit < units; unit++) {
            send(new UnitRegistered(unitId(unit), "测试单位" + name + "-" + unit, CATEGORIES[unit % CATEGORIES.length],
                    List.of()), at);
        }
        LocalDate due = today.plusMonths(1).withDayOfMonth(15);
        for (int task = 0; task < tasks; task++) {
            List<String> lead = new ArrayList<>();
            List<String> co = new ArrayList<>();
            int first = (task * (leads + coUnits)) % units;
            for (int i = 0; i < leads + coUnits; i++) {
                (i < leads ? lead : co).add(unitId((first + i) % units));
            }
            String code = AREAS[task % AREAS.length] + ".(" + (task / AREAS.length % 20 + 1) + ")." + (task + 1);
            send(new TaskCreated(taskId(task), planId(), null, code, "测试任务 " + (task + 1), null, lead, co,
                    due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日前完成", null,
                    List.of()), at);
            send(new MilestoneScheduled(taskId(task), id("milestone-" + task), due, "完成阶段目标",
                    MilestoneCommitment.FIRM, List.of()), at);
        }
        producer.flush();
        return written;
    }

    /** Sends one more event of this plan (an urge, a report) as recorded at {@code at}. */
    void send(LedgerEvent event, Instant at) {
        long sequence = sequences.merge(event.aggregateId(), 1L, Long::sum) - 1;
        CloudEvent envelope = codec.wrap(UUID.randomUUID().toString(), "/duban/load-generator", event,
                new EventMetadata(new Actor("load-generator", null, Actor.SUPERVISOR), at, at, "load", null, null),
                sequence, ++written);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.LEDGER_EVENTS, envelope.subject(),
                codec.write(envelope));
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                System.err.println("the broker refused an event: " + error);
            }
        });
    }

    void flush() {
        producer.flush();
    }

    private String id(String what) {
        return UUID.nameUUIDFromBytes((name + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void close() {
        producer.close();
    }
}
