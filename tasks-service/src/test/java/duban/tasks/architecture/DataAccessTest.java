package duban.tasks.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import duban.tasks.infrastructure.axon.StoredEventFormat;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Keeps the database behind a few doors: the event store's gateway, the packages that own a table, and Axon's own
 * infrastructure. Everyone else asks them. Which package may name which table is checked on the sources by
 * {@link TableOwnershipTest}.
 */
@AnalyzeClasses(packages = "duban.tasks", importOptions = ImportOption.DoNotIncludeTests.class)
class DataAccessTest {

    /**
     * The packages that may speak JDBC. A package listed but absent is simply not there to check: the
     * Idempotency-Key records get a package of their own, which may arrive after this rule.
     */
    static final String[] JDBC_PACKAGES = {
        // the event table and the gateway's index of each plan's tasks
        "duban.tasks.eventstore..",
        // the lookup tables, kept in the command's transaction
        "duban.tasks.lookup..",
        // the checkpoint tables and the writer's advisory lock
        "duban.tasks.audit.checkpoint..",
        // the chained insert, which Axon's engine hands its connection to
        "duban.tasks.audit.chain..",
        // Axon's engine, token store and transactions on the datasource
        "duban.tasks.infrastructure.axon..",
        // the Idempotency-Key records, written in the command's transaction
        "duban.tasks.infrastructure.idempotency..",
        // the catalog of stored attachments and their uploaders
        "duban.tasks.attachment.catalog..",
        // the attachments' bytes, when PostgreSQL keeps them
        "duban.tasks.attachment.store.postgres..",
    };

    @ArchTest
    static final ArchRule onlyTheGatewayAndTableOwnersSpeakJdbc = noClasses()
            .that().resideOutsideOfPackages(JDBC_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..")
            .because("each table has one owning package that alone issues SQL on it; everyone else calls its API");

    @ArchTest
    static final ArchRule storedEventsAreReadThroughTheGateway = noClasses()
            .that().resideOutsideOfPackages("duban.tasks.eventstore..", "duban.tasks.infrastructure.axon..")
            .should().dependOnClassesThat().belongToAnyOf(EventStore.class, EventStorageEngine.class,
                    DomainEventStream.class, EventStreamUtils.class)
            .because("every read of stored events goes through the gateway, which always applies the store's "
                    + "upcasters; only Axon's wiring touches the storage engine besides");

    /** The Kafka publisher reads nothing itself: it asks the store's serializer for the text of events Axon read. */
    @ArchTest
    static final ArchRule theStoredFormatStaysWithTheStoreAndThePublisher = noClasses()
            .that().resideOutsideOfPackages("duban.tasks.eventstore..", "duban.tasks.infrastructure.axon..",
                    "duban.tasks.infrastructure.kafka..")
            .should().dependOnClassesThat().belongToAnyOf(StoredEventFormat.class)
            .because("stored events are decoded through the gateway; the publisher only copies the stored text "
                    + "of events the tracking processor read through the store's serializer and upcasters");

    @ArchTest
    static final ArchRule restReadsThroughQueries = noClasses()
            .that().resideInAPackage("duban.tasks..api..")
            .should().dependOnClassesThat().resideInAPackage("duban.tasks.eventstore..")
            .because("a resource reads through query classes, which read the store through the gateway");
}
