package duban.tasks.domain;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/** The rule every package-info of this module states, enforced. */
class DependencyRuleTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("duban.tasks");

    @Test
    void theDomainDependsOnNothingButTheContractTheLedgerRulesAxonModellingAndJacksonAnnotations() {
        classes().should().onlyDependOnClassesThat(resideInAnyPackage(
                        "java.lang..",
                        "java.util..",
                        "java.time..",
                        "java.math..",
                        "duban.events..",
                        "duban.rules..",
                        "duban.tasks..",
                        "org.axonframework.commandhandling..",
                        "org.axonframework.eventhandling..",
                        "org.axonframework.eventsourcing..",
                        "org.axonframework.modelling..",
                        "com.fasterxml.jackson.annotation..")
                        // What a @CommandHandlerInterceptor is handed and the metadata naming a command's actor, and
                        // nothing else of Axon's messaging core.
                        .or(type(InterceptorChain.class)).or(type(MetaData.class)))
                .check(domain);
    }

    @Test
    void aggregatesDoNotDependOnEachOther() {
        slices().matching("duban.tasks.(*).domain..").should().notDependOnEachOther().check(domain);
    }
}
