package duban.tasks.attachment;

import duban.http.problem.Problem;
import duban.http.problem.ProblemException;
import duban.tasks.attachment.catalog.AttachmentCatalog;
import duban.tasks.attachment.catalog.CatalogEntry;
import duban.tasks.attachment.store.BlobStore;
import duban.tasks.lookup.AttachmentReferences;
import duban.tasks.lookup.AttachmentReferences.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the service does with attachments: receives and checks an upload, stores it once per content, says whether
 * a report may name it, and serves its bytes.
 */
@ApplicationScoped
public class Attachments {

    @Inject
    AttachmentSettings settings;

    @Inject
    BlobStore store;

    @Inject
    AttachmentCatalog catalog;

    @Inject
    AttachmentReferences references;

    /** A file a report names, as its body states it. */
    public record Named(String sha256, long size) {
    }

    /**
     * Reads the upload into a temporary file (413 once it exceeds the limit), checks it (400 empty, 415 a media
     * type not accepted or bytes not of the declared type), stores it unless its bytes are stored already, and
     * records the uploader. The temporary file is gone afterwards, whatever happened.
     */
    public CatalogEntry upload(InputStream body, String declaredType, String name, String uploader) {
        String type = accepted(declaredType);
        ReceivedFile received;
        try {
            received = FileReceiver.receive(body, settings.maxSize());
        } catch (FileReceiver.TooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            throw ProblemException.badRequest("unreadable-upload", "the upload could not be read to its end");
        }
        try {
            if (received.size() == 0) {
                throw ProblemException.badRequest("empty-attachment", "the file is empty");
            }
            if (!MediaTypes.looksLike(type, received.head())) {
                throw new ProblemException(415, "attachment-type-mismatch", "Unsupported Media Type",
                        "the file's content is not " + type + " as declared");
            }
            store.put(received.sha256(), received.size(), received.file());
            Instant now = Instant.now();
            return catalog.record(new CatalogEntry(received.sha256(), received.size(), type, name, now), uploader,
                    now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(received.file());
            } catch (IOException ignored) {
                // a temporary file left behind is the operating system's to clean
            }
        }
    }

    /** The declared media type, without parameters, if configuration accepts it; 415 otherwise. */
    public String accepted(String declaredType) {
        String type = declaredType == null ? "" : MediaTypes.essence(declaredType);
        if (!settings.mediaTypes().contains(type) || !MediaTypes.known(type)) {
            throw new ProblemException(415, "unsupported-attachment-type", "Unsupported Media Type",
                    "attachments may be " + String.join(", ", settings.mediaTypes().stream().sorted().toList())
                            + "; not " + (type.isEmpty() ? "a body without Content-Type" : type));
        }
        return type;
    }

    /** 413 when a file announces or reaches more bytes than the limit. */
    public ProblemException tooLarge() {
        return new ProblemException(413, "attachment-too-large", "Payload too large",
                "an attachment may have at most " + settings.maxSize() + " bytes");
    }

    public long maxSize() {
        return settings.maxSize();
    }

    /**
     * Refuses (422) a report or correction naming a file that is not stored, or that the reporting unit neither
     * uploaded nor finds already named on the task (both answered as unknown, so that no unit learns what others
     * stored), or with another size than the stored one.
     */
    public void requireNameable(String unitId, String taskId, List<Named> named) {
        if (named.isEmpty()) {
            return;
        }
        Map<String, CatalogEntry> stored = catalog.findAll(named.stream().map(Named::sha256)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CatalogEntry::sha256, Function.identity()));
        Set<String> onTask = references.ofTask(taskId).stream().map(Reference::sha256).collect(Collectors.toSet());
        List<Problem.FieldError> unknown = new ArrayList<>();
        List<Problem.FieldError> wrongSize = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Named file = named.get(i);
            CatalogEntry entry = stored.get(file.sha256());
            String field = "attachments[" + i + "]";
            if (entry == null || !(onTask.contains(file.sha256()) || catalog.uploadedBy(file.sha256(), unitId))) {
                unknown.add(new Problem.FieldError(field + ".sha256", "no uploaded attachment of the unit has this hash"));
            } else if (entry.size() != file.size()) {
                wrongSize.add(new Problem.FieldError(field + ".size",
                        "the attachment with this hash has " + entry.size() + " bytes"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(422, "unknown-attachment", "Unknown attachment",
                    "upload each file first (POST /api/v1/attachments) and name it by the sha256 and size answered",
                    unknown);
        }
        if (!wrongSize.isEmpty()) {
            throw new ProblemException(422, "attachment-size-mismatch", "Attachment size mismatch",
                    "name each attachment with the size its upload answered", wrongSize);
        }
    }

    public Optional<CatalogEntry> find(String sha256) {
        return catalog.find(sha256);
    }

    public boolean uploadedBy(String sha256, String uploader) {
        return catalog.uploadedBy(sha256, uploader);
    }

    /** The reports naming the file. */
    public List<Reference> namedBy(String sha256) {
        return references.naming(sha256);
    }

    /** Every file the ledger's reports name, once per hash and stated size. */
    public List<Reference> namedInLedger() {
        return references.all();
    }

    /** Streams part of a stored file. */
    public InputStream open(String sha256, long offset, long length) throws IOException {
        return store.open(sha256, offset, length);
    }

    /** How many bytes the blob store keeps under the hash, or empty. */
    public OptionalLong storedSize(String sha256) throws IOException {
        return store.size(sha256);
    }
}
