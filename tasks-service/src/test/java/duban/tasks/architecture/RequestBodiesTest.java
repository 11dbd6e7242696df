package duban.tasks.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The REST API's bodies are records of their own: no type of the Kafka contract ({@code duban.events}) is part of
 * one, so that a change of an event does not change a body, nor the reverse. Mapping a body to its command may use
 * the contract's types; holding them may not.
 */
class RequestBodiesTest {

    @Test
    void noRecordOfTheRestApiHoldsATypeOfTheEventsContract() {
        List<String> held = new ArrayList<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("duban.tasks").stream()
                .filter(type -> type.getPackageName().endsWith(".api"))
                .map(JavaClass::reflect).filter(Class::isRecord)
                .forEach(record -> {
                    for (RecordComponent component : record.getRecordComponents()) {
                        types(component.getGenericType())
                                .filter(type -> type.getPackageName().startsWith("duban.events"))
                                .forEach(type -> held.add(record.getName() + "." + component.getName() + ": " + type.getName()));
                    }
                });

        assertThat(held).isEmpty();
    }

    private static Stream<Class<?>> types(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isArray() ? types(plain.getComponentType()) : Stream.of(plain);
        }
        if (type instanceof ParameterizedType generic) {
            return Stream.concat(types(generic.getRawType()),
                    Stream.of(generic.getActualTypeArguments()).flatMap(RequestBodiesTest::types));
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.of(wildcard.getUpperBounds()).flatMap(RequestBodiesTest::types);
        }
        return Stream.empty();
    }
}
