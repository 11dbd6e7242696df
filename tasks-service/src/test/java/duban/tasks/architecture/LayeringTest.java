package duban.tasks.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the command side, the read side and the adapters apart: aggregates know nothing of HTTP,
 * Kafka or the database; REST resources reach the store only through query classes; queries never
 * call back into REST.
 */
@AnalyzeClasses(packages = "duban.tasks", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule aggregatesDependOnNoAdapter = noClasses()
            .that().resideInAPackage("duban.tasks..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "duban.tasks..api..", "duban.tasks.infrastructure..", "jakarta.ws.rs..", "org.apache.kafka..", "io.quarkus..",
                    "java.sql..", "io.agroal..", "jakarta.persistence..")
            .because("business rules must not depend on how commands arrive or where events go");

    @ArchTest
    static final ArchRule restDoesNotTouchTheEventStore = noClasses()
            .that().resideInAPackage("duban.tasks..api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.axonframework.eventsourcing..", "org.axonframework.eventhandling..",
                    "java.sql..", "io.agroal..", "org.apache.kafka..", "duban.tasks.infrastructure.axon..",
                    "duban.tasks.infrastructure.kafka..")
            .because("a resource sends commands and reads through query classes, nothing else");

    @ArchTest
    static final ArchRule readsDoNotCallRest = noClasses()
            .that().resideInAnyPackage("duban.tasks..query..", "duban.tasks..lookup..", "duban.tasks..chain..",
                    "duban.tasks..verify..", "duban.tasks.eventstore..")
            .should().dependOnClassesThat().resideInAPackage("duban.tasks..api..")
            .because("the read side answers questions; it does not know who asks");

    @ArchTest
    static final ArchRule onlyTheOutboxPublishes = noClasses()
            .that().resideOutsideOfPackages("duban.tasks.infrastructure..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
            .because("the event store is the outbox: only its tracking processor talks to Kafka");
}
