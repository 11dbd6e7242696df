package duban.tasks.attachment.store;

import duban.tasks.attachment.store.postgres.PostgresBlobStore;
import duban.tasks.attachment.store.s3.S3BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The blob store {@code duban.attachments.store} names ({@code postgres} or {@code s3}). */
@ApplicationScoped
public class BlobStoreSelection {

    @ConfigProperty(name = "duban.attachments.store", defaultValue = "postgres")
    String kind;

    @Inject
    Instance<PostgresBlobStore> postgres;

    @Inject
    Instance<S3BlobStore> s3;

    @Produces
    @ApplicationScoped
    BlobStore selected() {
        return switch (kind) {
            case "postgres" -> postgres.get();
            case "s3" -> s3.get();
            default -> throw new IllegalStateException(
                    "duban.attachments.store must be postgres or s3, not " + kind);
        };
    }
}
