package duban.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import duban.tasks.plan.command.RegisterPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.junit.jupiter.api.Test;

/**
 * What the app relies on when it registers {@link DomainModel}: every command of the module has a
 * handler in a listed aggregate, and every command on an existing aggregate names it and carries the
 * version for If-Match.
 */
class DomainModelTest {

    @Test
    void everyCommandIsHandledByAListedAggregate() {
        List<Class<?>> commands = commands();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(23);
        for (Class<?> command : commands) {
            assertThat(DomainModel.aggregates().stream().flatMap(DomainModelTest::handlers)
                    .filter(handler -> handler.getParameterTypes()[0] == command))
                    .as("handlers of %s", command.getSimpleName())
                    .hasSize(1);
        }
    }

    @Test
    void everyCommandOnAnExistingAggregateCarriesItsIdAndExpectedVersion() {
        List<Class<?>> onExisting = commands().stream().filter(command -> !createsAnAggregate(command)).toList();
        assertThat(onExisting).hasSizeGreaterThanOrEqualTo(19);
        for (Class<?> command : onExisting) {
            RecordComponent[] components = command.getRecordComponents();
            // The annotations land on the record's fields, where Axon looks for them.
            assertThat(field(command, components[0]).isAnnotationPresent(TargetAggregateIdentifier.class))
                    .as("%s names its aggregate first", command.getSimpleName()).isTrue();
            assertThat(field(command, components[1]).isAnnotationPresent(TargetAggregateVersion.class))
                    .as("%s carries the expected version second", command.getSimpleName()).isTrue();
            assertThat(components[1].getType()).isEqualTo(Long.class);
        }
    }

    @Test
    void thePortsAreInterfaces() {
        assertThat(DomainModel.ports()).isNotEmpty().allMatch(Class::isInterface);
    }

    private static Field field(Class<?> command, RecordComponent component) {
        try {
            return command.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean createsAnAggregate(Class<?> command) {
        return DomainModel.aggregates().stream().flatMap(aggregate -> Arrays.stream(aggregate.getConstructors()))
                .anyMatch(constructor -> constructor.isAnnotationPresent(CommandHandler.class)
                        && constructor.getParameterTypes()[0] == command);
    }

    private static Stream<Executable> handlers(Class<?> aggregate) {
        return Stream.concat(Arrays.stream(aggregate.getDeclaredConstructors()), Arrays.stream(aggregate.getDeclaredMethods()))
                .filter(handler -> handler.isAnnotationPresent(CommandHandler.class));
    }

    /** The public records of the domain packages: the commands. */
    private static List<Class<?>> commands() {
        try {
            Path classes = Path.of(RegisterPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes.resolve("duban/tasks"))) {
                return files.map(classes::relativize).map(Path::toString)
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .map(DomainModelTest::load)
                        .filter(type -> type.isRecord() && Modifier.isPublic(type.getModifiers()))
                        .<Class<?>>map(type -> type)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
