package duban.tasks.attachment.store.s3;

import duban.tasks.attachment.store.BlobStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Attachments' bytes as objects of an S3-compatible bucket, one per SHA-256. */
@ApplicationScoped
@Typed(S3BlobStore.class) // the port's one bean is the selected store
public class S3BlobStore implements BlobStore {

    private final String bucket;
    private final String prefix;
    private final S3Client s3;

    @Inject
    S3BlobStore(@ConfigProperty(name = "duban.attachments.s3.endpoint") Optional<URI> endpoint,
                @ConfigProperty(name = "duban.attachments.s3.region", defaultValue = "us-east-1") String region,
                @ConfigProperty(name = "duban.attachments.s3.bucket", defaultValue = "duban-attachments") String bucket,
                @ConfigProperty(name = "duban.attachments.s3.prefix", defaultValue = "") Optional<String> prefix,
                @ConfigProperty(name = "duban.attachments.s3.access-key-id") Optional<String> accessKeyId,
                @ConfigProperty(name = "duban.attachments.s3.secret-access-key") Optional<String> secretAccessKey,
                @ConfigProperty(name = "duban.attachments.s3.path-style", defaultValue = "true") boolean pathStyle) {
        this.bucket = bucket;
        this.prefix = prefix.orElse("");
        S3ClientBuilder builder = S3Client.builder().region(Region.of(region)).forcePathStyle(pathStyle);
        endpoint.ifPresent(builder::endpointOverride);
        builder.credentialsProvider(accessKeyId.isPresent() && secretAccessKey.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId.get(), secretAccessKey.get()))
                : DefaultCredentialsProvider.builder().build());
        this.s3 = builder.build();
    }

    /** For tests and tools: a store on a client made elsewhere. */
    public S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public void put(String sha256, long size, Path file) throws IOException {
        if (size(sha256).isPresent()) {
            return;
        }
        try {
            s3.putObject(request -> request.bucket(bucket).key(key(sha256)).contentLength(size),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw new IOException("cannot store attachment " + sha256 + " in bucket " + bucket, e);
        }
    }

    @Override
    public OptionalLong size(String sha256) throws IOException {
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(key(sha256)));
            return OptionalLong.of(head.contentLength());
        } catch (NoSuchKeyException e) {
            return OptionalLong.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return OptionalLong.empty();
            }
            throw new IOException("cannot read attachment " + sha256 + " in bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("cannot read attachment " + sha256 + " in bucket " + bucket, e);
        }
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        if (length <= 0) {
            if (size(sha256).isEmpty()) {
                throw new FileNotFoundException(sha256);
            }
            return InputStream.nullInputStream();
        }
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key(sha256))
                    .range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException(sha256);
        } catch (SdkException e) {
            throw new IOException("cannot read attachment " + sha256 + " in bucket " + bucket, e);
        }
    }

    @Override
    public String kind() {
        return "s3";
    }

    private String key(String sha256) {
        return prefix + sha256;
    }

    @PreDestroy
    void close() {
        s3.close();
    }
}
