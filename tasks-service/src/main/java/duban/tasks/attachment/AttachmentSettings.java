package duban.tasks.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The limits on an attachment, from configuration: its size and the media types accepted. */
@ApplicationScoped
public class AttachmentSettings {

    @ConfigProperty(name = "duban.attachments.max-size", defaultValue = "20M")
    MemorySize maxSize;

    @ConfigProperty(name = "duban.attachments.media-types")
    List<String> mediaTypes;

    public long maxSize() {
        return maxSize.asLongValue();
    }

    /** The accepted media types, lower case, without parameters. */
    public Set<String> mediaTypes() {
        return mediaTypes.stream().map(MediaTypes::essence).collect(Collectors.toUnmodifiableSet());
    }
}
