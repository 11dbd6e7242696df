package duban.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import duban.events.envelope.Actor;
import duban.events.envelope.CloudEvent;
import duban.events.envelope.CloudEventCodec;
import duban.events.envelope.EventMetadata;
import duban.events.notification.NotificationEvent;
import duban.events.notification.ReminderSent;
import duban.events.task.LeaderLine;
import duban.events.task.ReportingCadence;
import duban.events.task.ReportingFrequency;
import duban.events.task.TargetSet;
import duban.events.task.TaskCreated;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The machine-readable contract under {@code openapi/} against the records: one JSON Schema (draft 2020-12) and
 * one example per event type of {@link EventTypes}, nothing for a name outside it, schemas that describe exactly
 * what {@link EventJson#mapper()} writes, examples that validate and survive a round trip through their record,
 * the CloudEvents envelope, and an AsyncAPI document that names every type.
 */
class EventSchemasTest {

    /** {@code openapi/} of the repository; the pom passes it, the default fits a run from the module. */
    private static final Path CONTRACT = Path.of(System.getProperty("duban.contract.dir", "../openapi"));
    private static final Path SCHEMAS = CONTRACT.resolve("events");
    private static final Path EXAMPLES = SCHEMAS.resolve("examples");
    private static final String SCHEMA_SUFFIX = ".schema.json";
    private static final String ENVELOPE_SCHEMA = "cloudevent" + SCHEMA_SUFFIX;
    private static final String NOTIFICATION_ENVELOPE_SCHEMA = "notification-cloudevent" + SCHEMA_SUFFIX;
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Formats (date, date-time, uri-reference) are assertions here, not mere annotations. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private final CloudEventCodec codec = new CloudEventCodec();

    static Stream<String> types() {
        return EventTypes.names().stream();
    }

    static Stream<String> notificationTypes() {
        return EventTypes.notificationNames().stream();
    }

    // --- one schema and one example per type, and nothing else ---

    @Test
    void everyEventTypeHasASchemaAndAnExampleAndNothingElseHasOne() throws IOException {
        assertThat(EventTypes.names()).hasSize(28);
        assertThat(filesIn(SCHEMAS))
                .as("files in %s: <type>%s per event type, and the envelope's %s", SCHEMAS, SCHEMA_SUFFIX, ENVELOPE_SCHEMA)
                .containsExactlyInAnyOrderElementsOf(Stream.concat(
                        Stream.concat(types(), notificationTypes()).map(type -> type + SCHEMA_SUFFIX),
                        Stream.of(ENVELOPE_SCHEMA, NOTIFICATION_ENVELOPE_SCHEMA)).toList());
        assertThat(filesIn(EXAMPLES))
                .as("files in %s: <type>.json per event type", EXAMPLES)
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(types(), notificationTypes()).map(type -> type + ".json").toList());
    }

    // --- each schema describes its record as the mapper writes it ---

    @ParameterizedTest
    @MethodSource("types")
    void theSchemaDescribesEveryFieldOfTheRecordAndNoOther(String type) {
        JsonNode schema = read(schemaFile(type));

        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("title").asText()).isEqualTo(type);
        assertThat(schema.path("description").asText()).isNotBlank();
        assertMatches(schema, schema, recordOf(type), type, new HashSet<>());
    }

    // --- each example validates, reads into its record and writes back to the same JSON ---

    @ParameterizedTest
    @MethodSource("types")
    void theExampleValidatesAgainstItsSchema(String type) {
        assertValid(schema(type), read(exampleFile(type)), "example of " + type);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theExampleReadsIntoItsRecordAndWritesBackToTheSameValidJson(String type) throws IOException {
        JsonNode example = read(exampleFile(type));

        LedgerEvent event = readExample(type);
        JsonNode written = JSON.readTree(JSON.writeValueAsBytes(event));

        assertThat(event).isInstanceOf(recordOf(type));
        assertThat(event.aggregateId()).as("aggregate id of the example of %s", type).isNotBlank();
        assertValid(schema(type), written, type + " written by EventJson.mapper()");
        assertThat(written).as("the example is exactly what the mapper writes for it").isEqualTo(example);
    }

    // --- the envelope ---

    @ParameterizedTest
    @MethodSource("types")
    void theCloudEventOfTheExampleValidatesAgainstTheEnvelopeSchema(String type) throws IOException {
        LedgerEvent event = readExample(type);
        EventMetadata byAUnitClerk = new EventMetadata(new Actor("hongqi-clerk-01", "unit-hongqi", "unit"),
                Instant.parse("2017-11-20T01:30:00Z"), Instant.parse("2017-11-20T01:30:00.412Z"),
                "7e3d9b1c-2a4f-4e8d-b6c5-0f1a2b3c4d5e", "4c1f0e2a-9b7d-4f3e-8a21-6d5c3b2a1f09", "hongqi-2017-11-20-report");
        EventMetadata bySystem = new EventMetadata(Actor.system(), Instant.parse("2017-12-01T01:00:00Z"),
                Instant.parse("2017-12-01T01:00:00.003Z"), null, null, null);

        for (EventMetadata metadata : List.of(byAUnitClerk, bySystem)) {
            CloudEvent envelope = codec.wrap("0b9a6f3e-5d2c-4b1a-9e8f-7d6c5b4a3f21", "/duban/tasks-service", event,
                    metadata, 17, 1843);
            byte[] bytes = codec.write(envelope);
            JsonNode json = JSON.readTree(bytes);

            assertValid(envelopeSchema(), json, "CloudEvent of " + type);
            assertValid(schema(type), json.get("data"), "data of the CloudEvent of " + type);
            assertThat(json.get("type").asText()).isEqualTo(type);
            assertThat(json.get("subject").asText()).isEqualTo(event.aggregateId());
            assertThat(json.get("aggregatetype").asText()).isEqualTo(type.split("\\.")[1]);
            // Numerically equal only: see numbersInDataAreWrittenExactlyAsTheMapperWritesThem.
            assertThat(codec.payload(codec.read(bytes))).get()
                    .usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(event);
        }
    }

    /**
     * The envelope's {@code data} should be exactly what {@link EventJson#mapper()} writes for the record, and decode
     * to an equal record. It is not yet: {@link CloudEventCodec#wrap} goes through {@code valueToTree}, whose default
     * node factory strips trailing zeros, so a BigDecimal 30 is published as {@code 3E+1} (and a cumulative count of
     * 20 as {@code 2E+1}), which decodes as 30.0 through a double. Fix (in {@code EventJson.configure}): disable
     * {@code JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES} and enable
     * {@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS}; then enable this test.
     */
    @Test
    void numbersInDataAreWrittenExactlyAsTheMapperWritesThem() throws IOException {
        for (String type : EventTypes.names()) {
            LedgerEvent event = readExample(type);
            byte[] bytes = codec.write(codec.wrap("evt-1", "/duban/tasks-service", event,
                    new EventMetadata(Actor.system(), Instant.parse("2017-11-21T01:00:00Z"),
                            Instant.parse("2017-11-21T01:00:00Z"), null, null, null), 0, 0));

            assertThat(JSON.readTree(bytes).get("data")).as("data of the CloudEvent of %s", type)
                    .isEqualTo(JSON.readTree(JSON.writeValueAsBytes(event)));
            assertThat(codec.payload(codec.read(bytes))).as("payload of the CloudEvent of %s", type).contains(event);
        }
    }

    @Test
    void theEnvelopeSchemaRefusesWhatIsNoCloudEventOfTheContract() throws IOException {
        ObjectNode envelope = (ObjectNode) JSON.readTree(codec.write(codec.wrap("evt-1", "/duban/tasks-service",
                readExample("duban.task.urged.v1"), new EventMetadata(Actor.system(), Instant.parse("2017-11-21T01:00:00Z"),
                        Instant.parse("2017-11-21T01:00:00Z"), null, null, null), 4, 99)));
        assertValid(envelopeSchema(), envelope, "the envelope");

        assertInvalid(envelopeSchema(), without(envelope, "id"), "an envelope without id");
        assertInvalid(envelopeSchema(), with(envelope, "specversion", "0.3"), "another CloudEvents version");
        assertInvalid(envelopeSchema(), with(envelope, "time", "2017-11-21 09:00"), "a time that is no RFC 3339 instant");
        assertInvalid(envelopeSchema(), with(envelope, "type", "duban.events.task.TaskUrged"), "a Java class name as type");
        assertValid(envelopeSchema(), with(envelope, "futureextension", "x"), "an unknown extension attribute");
        assertValid(envelopeSchema(), with(envelope, "type", "duban.task.teleported.v1"), "a type of a later version");
    }

    // --- the schemas are strict where the contract is, and open where it must evolve ---

    @Test
    void theSchemasRefuseMalformedDataAndAcceptFutureOptionalFields() {
        ObjectNode report = (ObjectNode) read(exampleFile("duban.task.progress-reported.v1"));
        JsonSchema reportSchema = schema("duban.task.progress-reported.v1");

        assertInvalid(reportSchema, without(report, "taskId"), "a report without taskId");
        assertInvalid(reportSchema, with(report, "period", "2017/11/20"), "a period that is no ISO date");
        ObjectNode badAttachment = report.deepCopy();
        ((ObjectNode) badAttachment.withArray("attachments").get(0)).put("sha256", "AB".repeat(32));
        assertInvalid(reportSchema, badAttachment, "an upper-case sha256");
        ObjectNode negative = report.deepCopy();
        ((ObjectNode) negative.withArray("counts").get(0)).put("cumulative", -1);
        assertInvalid(reportSchema, negative, "a negative cumulative count");
        assertValid(reportSchema, with(report, "channel", "政务微信"), "a field added later");

        ObjectNode unit = (ObjectNode) read(exampleFile("duban.unit.registered.v1"));
        assertInvalid(schema("duban.unit.registered.v1"), with(unit, "category", "MINISTRY"), "an unknown unit category");

        ObjectNode target = (ObjectNode) read(exampleFile("duban.task.target-set.v1"));
        ObjectNode heldByBoth = target.deepCopy();
        ((ObjectNode) heldByBoth.withArray("allocations").get(0)).put("groupId", "group-outside-zone");
        assertInvalid(schema("duban.task.target-set.v1"), heldByBoth, "a share held by a unit and a group");
        ObjectNode heldByNobody = target.deepCopy();
        ((ObjectNode) heldByNobody.withArray("allocations").get(0)).putNull("unitId");
        assertInvalid(schema("duban.task.target-set.v1"), heldByNobody, "a share held by nobody");
        ObjectNode nestedBad = target.deepCopy();
        ((ObjectNode) nestedBad.withArray("allocations").get(5).withArray("children").get(0)).put("min", "一");
        assertInvalid(schema("duban.task.target-set.v1"), nestedBad, "a nested share without a numeric quantity");
    }

    @Test
    void aTargetSetPublishedBeforeAllocationWarningsExistedStillValidatesAndReads() throws IOException {
        ObjectNode older = (ObjectNode) read(exampleFile("duban.task.target-set.v1"));
        older.remove("allocationWarnings");
        older.remove("partOfTargetId");
        JsonSchema schema = schema("duban.task.target-set.v1");

        assertValid(schema, older, "a TargetSet without allocationWarnings");
        TargetSet event = JSON.treeToValue(older, TargetSet.class);
        assertThat(event.total()).isEqualByComparingTo(new BigDecimal("30"));
        assertThat(event.allocations()).hasSize(8);
        assertValid(schema, JSON.readTree(JSON.writeValueAsBytes(event)), "the older TargetSet written again");
    }

    @Test
    void aTargetThatIsPartOfAnotherNamesItAndOlderOnesStandAlone() throws IOException {
        ObjectNode target = (ObjectNode) read(exampleFile("duban.task.target-set.v1"));
        JsonSchema schema = schema("duban.task.target-set.v1");

        ObjectNode part = with(target, "partOfTargetId", "target-research-institutes-2017");
        assertValid(schema, part, "a target that is part of another");
        assertThat(JSON.treeToValue(part, TargetSet.class).partOfTargetId()).isEqualTo("target-research-institutes-2017");
        assertInvalid(schema, with(target, "partOfTargetId", ""), "an empty partOfTargetId");
        assertThat(JSON.treeToValue(without(target, "partOfTargetId"), TargetSet.class).partOfTargetId())
                .as("absent means the target stands alone").isNull();
    }

    @Test
    void aTaskCreatedPublishedBeforeCadenceAndLeadersExistedStillValidatesAndReads() throws IOException {
        ObjectNode older = (ObjectNode) read(exampleFile("duban.task.created.v1"));
        older.remove("reportingCadence");
        older.remove("leaders");
        JsonSchema schema = schema("duban.task.created.v1");

        assertValid(schema, older, "a TaskCreated without reportingCadence and leaders");
        TaskCreated event = JSON.treeToValue(older, TaskCreated.class);
        assertThat(event.reportingCadence()).as("not stated").isNull();
        assertThat(event.leaders()).as("not stated").isNull();
        assertThat(event.leadUnitIds()).containsExactly("unit-pingyuan");
        assertValid(schema, JSON.readTree(JSON.writeValueAsBytes(event)), "the older TaskCreated written again");
    }

    @Test
    void aTaskCreatedKeepsItsCadenceAndLeaderLinesAndRefusesMalformedOnes() throws IOException {
        ObjectNode created = (ObjectNode) read(exampleFile("duban.task.created.v1"));
        JsonSchema schema = schema("duban.task.created.v1");
        ObjectNode withLeaders = created.deepCopy();
        ObjectNode leader = withLeaders.withArray("leaders").addObject();
        leader.put("role", "分管领导");
        leader.put("text", "王副市长");

        assertValid(schema, withLeaders, "a task with a leader line");
        TaskCreated event = JSON.treeToValue(withLeaders, TaskCreated.class);
        assertThat(event.leaders()).containsExactly(new LeaderLine("分管领导", "王副市长"));
        assertThat(event.reportingCadence()).isEqualTo(new ReportingCadence(ReportingFrequency.SEMI_MONTHLY,
                LocalDate.of(2017, 10, 1), List.of(), "从10月份开始每半月报送工作进展情况"));

        ObjectNode noRole = withLeaders.deepCopy();
        ((ObjectNode) noRole.withArray("leaders").get(0)).remove("role");
        assertInvalid(schema, noRole, "a leader line without its role");
        ObjectNode daily = created.deepCopy();
        ((ObjectNode) daily.get("reportingCadence")).put("frequency", "DAILY");
        assertInvalid(schema, daily, "an unknown reporting frequency");
        ObjectNode badDay = created.deepCopy();
        ((ObjectNode) badDay.get("reportingCadence")).putArray("daysOfMonth").add(32);
        assertInvalid(schema, badDay, "a reporting day that is no day of a month");
        ObjectNode badStart = created.deepCopy();
        ((ObjectNode) badStart.get("reportingCadence")).put("startsOn", "10月份");
        assertInvalid(schema, badStart, "a start that is no ISO date");
    }

    // --- the notifications topic ---

    @ParameterizedTest
    @MethodSource("notificationTypes")
    void aNotificationsSchemaDescribesItsRecordAndItsExampleRoundTrips(String type) throws IOException {
        JsonNode schema = read(schemaFile(type));
        Class<? extends NotificationEvent> record = EventTypes.notificationClassOf(type).orElseThrow();
        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("title").asText()).isEqualTo(type);
        assertMatches(schema, schema, record, type, new HashSet<>());

        JsonNode example = read(exampleFile(type));
        assertValid(schema(type), example, "example of " + type);
        NotificationEvent event = JSON.treeToValue(example, record);
        assertThat(JSON.readTree(JSON.writeValueAsBytes(event))).as("the example is what the mapper writes")
                .isEqualTo(example);
    }

    @ParameterizedTest
    @MethodSource("notificationTypes")
    void aNotificationTravelsInItsEnvelopeKeyedByItsRecipientAndReadsBack(String type) throws IOException {
        NotificationEvent event = JSON.treeToValue(read(exampleFile(type)),
                EventTypes.notificationClassOf(type).orElseThrow());
        byte[] bytes = codec.write(codec.wrap("/duban/notification-service", event));
        JsonNode json = JSON.readTree(bytes);

        assertValid(compiled(SCHEMAS.resolve(NOTIFICATION_ENVELOPE_SCHEMA)), json, "CloudEvent of " + type);
        assertValid(schema(type), json.get("data"), "data of the CloudEvent of " + type);
        assertThat(json.get("type").asText()).isEqualTo(type);
        assertThat(json.get("id").asText()).isEqualTo(event.notificationId());
        assertThat(json.get("subject").asText()).isEqualTo(event.recipient());
        assertThat(json.has("sequence")).as("no place in the event store").isFalse();
        CloudEvent read = codec.read(bytes);
        assertThat(codec.notification(read)).contains(event);
        assertThat(codec.payload(read)).as("no ledger event").isEmpty();
    }

    @Test
    void aReminderSentWithoutTaskCodeOrPlanStillValidatesAndItsKindIsOneOfTheKnown() {
        ObjectNode reminder = (ObjectNode) read(exampleFile("duban.notification.reminder-sent.v1"));
        JsonSchema schema = schema("duban.notification.reminder-sent.v1");
        ObjectNode bare = reminder.deepCopy();
        bare.putNull("taskCode");
        bare.putNull("planId");
        assertValid(schema, bare, "a reminder of a task without code and plan");
        assertInvalid(schema, with(reminder, "kind", "SOMETHING"), "an unknown kind");
        assertInvalid(schema, without(reminder, "recipient"), "a reminder without recipient");
        assertThat(EventTypes.nameOf(ReminderSent.class)).isEqualTo("duban.notification.reminder-sent.v1");
    }

    // --- the AsyncAPI document ---

    @Test
    void theAsyncApiDocumentDescribesBothTopicsAndNamesEveryEventType() throws IOException {
        JsonNode doc = new YAMLMapper().readTree(CONTRACT.resolve("asyncapi.yaml").toFile());

        assertThat(doc.path("asyncapi").asText()).startsWith("3.0");
        JsonNode ledger = channel(doc, Topics.LEDGER_EVENTS);
        JsonNode notifications = channel(doc, Topics.NOTIFICATIONS);
        assertThat(notifications.path("messages").size()).isPositive();
        assertThat(ledger.at("/bindings/kafka/topicConfiguration/retention.ms").asLong())
                .as("unlimited retention").isEqualTo(-1);

        assertThat(names(ledger.path("messages"))).as("messages of %s", Topics.LEDGER_EVENTS)
                .containsExactlyInAnyOrderElementsOf(EventTypes.names());
        JsonNode messages = doc.at("/components/messages");
        for (String type : EventTypes.names()) {
            assertThat(ledger.at("/messages/" + type + "/$ref").asText()).isEqualTo("#/components/messages/" + type);
            JsonNode message = messages.path(type);
            assertThat(message.path("name").asText()).isEqualTo(type);
            assertThat(message.at("/payload/schemaFormat").asText()).as("schema format of %s", type)
                    .isEqualTo("application/schema+json;version=draft-2020-12");
            List<JsonNode> parts = list(message.at("/payload/schema/allOf"));
            assertThat(parts).extracting(part -> part.path("$ref").asText()).contains("./events/" + ENVELOPE_SCHEMA);
            JsonNode specific = parts.stream().filter(part -> part.has("properties")).findFirst().orElseThrow();
            assertThat(specific.at("/properties/type/const").asText()).isEqualTo(type);
            String data = specific.at("/properties/data/$ref").asText();
            assertThat(data).isEqualTo("./events/" + type + SCHEMA_SUFFIX);
            assertThat(CONTRACT.resolve(data)).exists();
            assertThat(message.at("/traits/0/$ref").asText()).isEqualTo("#/components/messageTraits/ledgerEvent");
        }
        assertThat(names(notifications.path("messages"))).as("messages of %s", Topics.NOTIFICATIONS)
                .containsExactlyInAnyOrderElementsOf(EventTypes.notificationNames());
        for (String type : EventTypes.notificationNames()) {
            JsonNode message = messages.path(type);
            assertThat(message.path("name").asText()).isEqualTo(type);
            assertThat(message.at("/payload/schemaFormat").asText()).as("schema format of %s", type)
                    .isEqualTo("application/schema+json;version=draft-2020-12");
            List<JsonNode> parts = list(message.at("/payload/schema/allOf"));
            assertThat(parts).extracting(part -> part.path("$ref").asText())
                    .contains("./events/" + NOTIFICATION_ENVELOPE_SCHEMA);
            JsonNode specific = parts.stream().filter(part -> part.has("properties")).findFirst().orElseThrow();
            assertThat(specific.at("/properties/type/const").asText()).isEqualTo(type);
            assertThat(specific.at("/properties/data/$ref").asText()).isEqualTo("./events/" + type + SCHEMA_SUFFIX);
            assertThat(message.at("/traits/0/$ref").asText()).isEqualTo("#/components/messageTraits/notification");
        }
        JsonNode trait = doc.at("/components/messageTraits/ledgerEvent");
        assertThat(trait.at("/headers/properties/content-type/const").asText())
                .isEqualTo(CloudEvent.STRUCTURED_CONTENT_TYPE);
        assertThat(trait.at("/bindings/kafka/key/type").asText()).isEqualTo("string");
        assertThat(doc.at("/components/correlationIds/request/location").asText())
                .isEqualTo("$message.payload#/correlationid");
    }

    // --- the schema against the record ---

    /**
     * Checks that {@code schema} describes values of {@code type} as the mapper writes them: records as objects whose
     * properties are exactly the record's components (primitives required and never null), strings, ISO dates,
     * BigDecimal numbers, integers, booleans, enums with exactly their constants, lists as arrays.
     */
    private static void assertMatches(JsonNode root, JsonNode schema, Type type, String path, Set<Class<?>> seen) {
        schema = resolve(root, schema);
        Class<?> raw = rawClass(type);
        Set<String> types = typesOf(schema);
        if (raw.isRecord()) {
            assertThat(types).as("type of %s", path).contains("object");
            assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                    .as("%s must allow additional properties (forward compatibility)", path).isFalse();
            if (!seen.add(raw)) {
                return;
            }
            RecordComponent[] components = raw.getRecordComponents();
            assertThat(names(schema.path("properties"))).as("properties of %s (record %s)", path, raw.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(components).map(RecordComponent::getName).toList());
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            assertThat(names(schema.path("properties"))).as("properties of %s", path).containsAll(required);
            for (RecordComponent component : components) {
                String at = path + "." + component.getName();
                JsonNode property = schema.path("properties").path(component.getName());
                if (component.getType().isPrimitive()) {
                    assertThat(required).as("%s is a primitive, always written", at).contains(component.getName());
                }
                if (required.contains(component.getName())) {
                    assertThat(typesOf(resolve(root, property))).as("%s is required, so never null", at)
                            .doesNotContain("null");
                }
                assertMatches(root, property, component.getGenericType(), at, seen);
            }
            return;
        }
        if (raw.isPrimitive()) {
            assertThat(types).as("%s is a primitive", path).doesNotContain("null");
        }
        if (List.class.isAssignableFrom(raw)) {
            assertThat(types).as("type of %s", path).contains("array");
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            assertMatches(root, schema.path("items"), element, path + "[]", seen);
        } else if (raw == String.class) {
            assertThat(types).as("type of %s", path).contains("string");
        } else if (raw == LocalDate.class) {
            assertThat(types).as("type of %s", path).contains("string");
            assertThat(schema.path("format").asText()).as("format of %s", path).isEqualTo("date");
        } else if (raw == Instant.class) {
            assertThat(types).as("type of %s", path).contains("string");
            assertThat(schema.path("format").asText()).as("format of %s", path).isEqualTo("date-time");
        } else if (raw == BigDecimal.class) {
            assertThat(types).as("type of %s (a BigDecimal is a JSON number)", path).contains("number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            assertThat(types).as("type of %s", path).contains("boolean");
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            assertThat(types).as("type of %s", path).contains("integer");
        } else if (raw.isEnum()) {
            assertThat(types).as("type of %s", path).contains("string");
            List<String> values = list(schema.path("enum")).stream()
                    .filter(value -> !value.isNull()).map(JsonNode::asText).toList();
            assertThat(values).as("values of %s (enum %s)", path, raw.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(raw.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList());
        } else {
            throw new AssertionError(path + ": no rule for " + type.getTypeName() + "; extend this test");
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty()) {
            return schema;
        }
        assertThat(ref).as("only local references within a schema file").startsWith("#/");
        JsonNode target = root.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
        return target;
    }

    private static Set<String> typesOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return list(type).stream().map(JsonNode::asText).collect(Collectors.toSet());
        }
        return type.isTextual() ? Set.of(type.asText()) : Set.of();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    // --- files and validation ---

    private static Class<? extends LedgerEvent> recordOf(String type) {
        return EventTypes.classOf(type).orElseThrow();
    }

    private static LedgerEvent readExample(String type) throws IOException {
        return JSON.readValue(exampleFile(type).toFile(), recordOf(type));
    }

    private static Path schemaFile(String type) {
        return SCHEMAS.resolve(type + SCHEMA_SUFFIX);
    }

    private static Path exampleFile(String type) {
        return EXAMPLES.resolve(type + ".json");
    }

    private static JsonSchema schema(String type) {
        return compiled(schemaFile(type));
    }

    private static JsonSchema envelopeSchema() {
        return compiled(SCHEMAS.resolve(ENVELOPE_SCHEMA));
    }

    private static JsonSchema compiled(Path file) {
        return COMPILED.computeIfAbsent(file.toString(), key -> {
            JsonSchema schema = FACTORY.getSchema(file.toAbsolutePath().normalize().toUri(), read(file), CONFIG);
            schema.initializeValidators();
            return schema;
        });
    }

    private static JsonNode read(Path file) {
        assertThat(file).exists();
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not JSON", e);
        }
    }

    private static List<String> filesIn(Path directory) throws IOException {
        assertThat(directory).isDirectory();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertValid(JsonSchema schema, JsonNode json, String what) {
        Set<ValidationMessage> errors = schema.validate(json);
        assertThat(errors).as("%s must validate", what).isEmpty();
    }

    private static void assertInvalid(JsonSchema schema, JsonNode json, String what) {
        assertThat(schema.validate(json)).as("%s must not validate", what).isNotEmpty();
    }

    private static ObjectNode with(ObjectNode json, String field, String value) {
        ObjectNode copy = json.deepCopy();
        copy.put(field, value);
        return copy;
    }

    private static ObjectNode without(ObjectNode json, String field) {
        ObjectNode copy = json.deepCopy();
        copy.remove(field);
        return copy;
    }

    private static JsonNode channel(JsonNode doc, String address) {
        return list(doc.path("channels")).stream()
                .filter(channel -> address.equals(channel.path("address").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no channel with address " + address));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> list(JsonNode node) {
        if (node instanceof ArrayNode || node.isObject()) {
            return StreamSupport.stream(node.spliterator(), false).toList();
        }
        return List.of();
    }
}
