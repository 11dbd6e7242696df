package duban.tasks.infrastructure.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import duban.events.EventJson;
import duban.tasks.audit.chain.ChainedAppendEvents;
import duban.tasks.domain.DomainModel;
import duban.tasks.infrastructure.kafka.LedgerEventPublisher;
import duban.tasks.infrastructure.observability.StoredEventMeters;
import duban.tasks.lookup.CalendarReportingPeriods;
import duban.tasks.lookup.GroupMembersTable;
import duban.tasks.lookup.LookupTables;
import duban.tasks.lookup.PlanReportReview;
import duban.tasks.task.port.GroupMembers;
import duban.tasks.task.port.ReportReview;
import duban.tasks.task.port.ReportingPeriods;
import duban.tasks.unit.port.UnitNameRegister;
import duban.tasks.unit.query.DirectoryNameRegister;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds and runs the Axon configuration inside Quarkus. Built on {@link StartupEvent} (after
 * Flyway has migrated the schema) and shut down on {@link ShutdownEvent}, so the tracking
 * processors stop before the datasource does.
 */
@Singleton
public class AxonSetup {

    /** The processor that carries stored events to Kafka; its token lives in token_entry. */
    public static final String KAFKA_PUBLISHER = "kafka-publisher";
    /** The processor that keeps the command side's lookup tables, inside each command's transaction. */
    public static final String LOOKUPS = "command-side-lookups";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    jakarta.transaction.TransactionManager jta;

    @Inject
    TransactionSynchronizationRegistry transactionRegistry;

    @Inject
    LedgerEventPublisher publisher;

    @Inject
    LookupTables lookupTables;

    @Inject
    GroupMembersTable groupMembers;

    @Inject
    CalendarReportingPeriods reportingPeriods;

    @Inject
    PlanReportReview reportReview;

    @Inject
    DirectoryNameRegister nameRegister;

    @Inject
    MeterRegistry meterRegistry;

    @Inject
    StoredEventMeters storedEventMeters;

    @Inject
    Tracer tracer;

    @Inject
    BatchedAppends batchedAppends;

    @ConfigProperty(name = "duban.axon.snapshot-threshold", defaultValue = "100")
    int snapshotThreshold;

    @ConfigProperty(name = "duban.axon.aggregate-cache-size", defaultValue = "5000")
    int aggregateCacheSize;

    @ConfigProperty(name = "duban.axon.publisher-batch-size", defaultValue = "200")
    int publisherBatchSize;

    @ConfigProperty(name = "duban.axon.tail-read-interval", defaultValue = "25ms")
    Duration tailReadInterval;

    @ConfigProperty(name = "duban.axon.node-id", defaultValue = "${quarkus.uuid}")
    String nodeId;

    private volatile Configuration configuration;
    private JdbcEventStorageEngine storageEngine;
    private StoredEventFormat storedEventFormat;
    private AggregateCache aggregateCache;

    void start(@Observes @Priority(10) StartupEvent event) {
        configuration().start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (configuration != null) {
            configuration.shutdown();
        }
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return configuration().commandGateway();
    }

    @Produces
    @Singleton
    StoredEventFormat storedEventFormat() {
        configuration();
        return storedEventFormat;
    }

    @Produces
    @Singleton
    EventStorageEngine eventStorageEngine() {
        configuration();
        return storageEngine;
    }

    /**
     * The position of the Kafka publisher's tracking token (empty inside: before the first event), or empty when this
     * instance does not run the publisher's segment.
     */
    public Optional<OptionalLong> publisherPosition() {
        return configuration().eventProcessingConfiguration()
                .eventProcessor(KAFKA_PUBLISHER, TrackingEventProcessor.class)
                .map(processor -> processor.processingStatus().get(0))
                .map(EventTrackerStatus::getCurrentPosition);
    }

    /** The Kafka publisher's tracker (position, error state), or empty when this instance does not hold its segment. */
    public Optional<EventTrackerStatus> publisherStatus() {
        return configuration().eventProcessingConfiguration()
                .eventProcessor(KAFKA_PUBLISHER, TrackingEventProcessor.class)
                .flatMap(processor -> Optional.ofNullable(processor.processingStatus().get(0)));
    }

    /** The aggregate cache, or null when it is turned off. */
    AggregateCache aggregateCache() {
        configuration();
        return aggregateCache;
    }

    synchronized Configuration configuration() {
        if (configuration == null) {
            configuration = build();
        }
        return configuration;
    }

    private Configuration build() {
        ObjectMapper eventMapper = EventJson.configure(JsonMapper.builder()).build();
        Serializer serializer = ContractSerializer.create(eventMapper);
        // Aggregates keep their state in private fields: snapshots read fields, not getters.
        Serializer snapshotSerializer = ContractSerializer.create(SnapshotJson.mapper());
        JtaTransactionManager transactionManager = new JtaTransactionManager(jta, transactionRegistry);
        // Stored events of superseded versions are read as the current version.
        storedEventFormat = new StoredEventFormat(serializer, new EventUpcasterChain(new MilestoneScheduledUpcaster()));

        storageEngine = new PacedJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(transactionManager)
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer)
                .schema(EventStoreSchema.events())
                .upcasterChain(storedEventFormat.upcasters())
                .dataType(String.class)
                // every row joins its aggregate's hash chain (tamper evidence, see duban.tasks.audit)
                .appendEvents(new ChainedAppendEvents()), tailReadInterval, storedEventMeters::appending,
                tracer, batchedAppends);

        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureTransactionManager(c -> transactionManager)
                .configureEmbeddedEventStore(c -> storageEngine)
                .configureCorrelationDataProviders(c -> List.of(
                        new SimpleCorrelationDataProvider(RequestMetadata.PROPAGATED_KEYS),
                        new MessageOriginProvider(RequestMetadata.CAUSATION_ID, RequestMetadata.TRACE_ID)))
                .registerComponent(TokenStore.class, c -> JdbcTokenStore.builder()
                        .connectionProvider(dataSource::getConnection)
                        .serializer(serializer)
                        .schema(EventStoreSchema.tokens())
                        .contentType(String.class)
                        .nodeId(nodeId)
                        .build());
        // Axon's meters (command bus, event store, each processor with its latency), tagged by message type.
        configurer.configureMessageMonitor(c -> (componentType, componentName) ->
                MessageMeters.forComponent(componentType, componentName, meterRegistry));
        aggregateCache = aggregateCacheSize > 0
                ? new AggregateCache(aggregateCacheSize, AggregateCache.of(transactionRegistry)) : null;
        for (Class<?> aggregate : DomainModel.aggregates()) {
            configurer.configureAggregate(withSnapshotsAndCache(aggregate, aggregateCache));
        }
        configurer.registerComponent(GroupMembers.class, c -> groupMembers);
        configurer.registerComponent(ReportingPeriods.class, c -> reportingPeriods);
        configurer.registerComponent(ReportReview.class, c -> reportReview);
        configurer.registerComponent(UnitNameRegister.class, c -> nameRegister);
        configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(KAFKA_PUBLISHER, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(publisherBatchSize))
                .registerEventHandler(c -> publisher)
                .assignHandlerInstancesMatching(KAFKA_PUBLISHER, handler -> handler == publisher)
                .registerSubscribingEventProcessor(LOOKUPS)
                .registerEventHandler(c -> lookupTables)
                .assignHandlerInstancesMatching(LOOKUPS, handler -> handler == lookupTables)
                // Axon's default handlers log and skip a failing event; a skipped event would never
                // reach Kafka, so every failure propagates and the processor retries from its token.
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance()));
        return configurer.buildConfiguration();
    }

    /**
     * Snapshots bound the cost of loading a long-lived task from the store; the cache (null when turned
     * off) spares the load altogether for a recently used one, and never keeps what a transaction may
     * still roll back (see {@link AggregateCache}).
     */
    private <A> AggregateConfigurer<A> withSnapshotsAndCache(Class<A> aggregate, AggregateCache cache) {
        AggregateConfigurer<A> configurer = AggregateConfigurer.defaultConfiguration(aggregate)
                .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                        snapshotThreshold));
        return cache == null ? configurer : configurer.configureCache(c -> cache);
    }
}
