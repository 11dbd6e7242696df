package duban.tasks.infrastructure.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import duban.events.EventTypes;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Jackson serializer that stores contract events under their stable type name
 * ({@code duban.task.created.v1}) rather than their Java class name, so the store and the Kafka
 * topic speak the same names and a class can be renamed without breaking stored events. The
 * revision is the version suffix of the name, which lets upcasters match on it. Anything that is
 * not a contract event (metadata, snapshots, tokens) keeps Axon's class-name typing.
 */
public class ContractSerializer extends JacksonSerializer {

    private ContractSerializer(Builder builder) {
        super(builder);
    }

    public static ContractSerializer create(ObjectMapper mapper) {
        Builder builder = new Builder() {
            @Override
            public ContractSerializer build() {
                return new ContractSerializer(this);
            }
        };
        builder.objectMapper(mapper).classLoader(ContractSerializer.class.getClassLoader());
        return (ContractSerializer) builder.build();
    }

    @Override
    public SerializedType typeForClass(Class type) {
        if (type != null && EventTypes.isEvent(type)) {
            String name = EventTypes.nameOf(type);
            return new SimpleSerializedType(name, revisionOf(name));
        }
        return super.typeForClass(type);
    }

    @Override
    public Class classForType(SerializedType type) {
        // Contract names first; anything else (snapshots, tokens, metadata) is a Java class name.
        // Both may start with "duban.", so the registry, not the prefix, decides.
        return EventTypes.classOf(type.getName())
                .<Class>map(c -> c)
                .orElseGet(() -> super.classForType(type));
    }

    /** {@code duban.task.created.v1} has revision {@code 1}. */
    static String revisionOf(String typeName) {
        int at = typeName.lastIndexOf(".v");
        return at < 0 ? null : typeName.substring(at + 2);
    }
}
