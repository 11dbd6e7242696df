package duban.tasks.attachment.catalog;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads and writes of {@code attachment_file} and {@code attachment_upload}. */
@ApplicationScoped
public class AttachmentCatalog {

    @Inject
    AgroalDataSource dataSource;

    /** Records the file (unless it is there) and its uploader; answers the file's row as stored. */
    public CatalogEntry record(CatalogEntry file, String uploader, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO attachment_file (sha256, size, media_type, first_name, stored_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (sha256) DO NOTHING""")) {
                insert.setString(1, file.sha256());
                insert.setLong(2, file.size());
                insert.setString(3, file.mediaType());
                insert.setString(4, file.firstName());
                insert.setTimestamp(5, Timestamp.from(file.storedAt()));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO attachment_upload (sha256, uploader, uploaded_at) VALUES (?, ?, ?)
                    ON CONFLICT (sha256, uploader) DO NOTHING""")) {
                insert.setString(1, file.sha256());
                insert.setString(2, uploader);
                insert.setTimestamp(3, Timestamp.from(at));
                insert.executeUpdate();
            }
            return find(connection, file.sha256()).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record attachment " + file.sha256(), e);
        }
    }

    public Optional<CatalogEntry> find(String sha256) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, sha256);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read attachment " + sha256, e);
        }
    }

    /** Whether {@code uploader} uploaded the file. */
    public boolean uploadedBy(String sha256, String uploader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT 1 FROM attachment_upload WHERE sha256 = ? AND uploader = ?")) {
            query.setString(1, sha256);
            query.setString(2, uploader);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the uploaders of " + sha256, e);
        }
    }

    /** The catalog's rows of these hashes (those it has). */
    public List<CatalogEntry> findAll(Set<String> hashes) {
        List<CatalogEntry> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT sha256, size, media_type, first_name, stored_at FROM attachment_file
                     WHERE sha256 = ANY (?) ORDER BY sha256""")) {
            query.setArray(1, connection.createArrayOf("text", new TreeSet<>(hashes).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(entry(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read attachments", e);
        }
    }

    private static Optional<CatalogEntry> find(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sha256, size, media_type, first_name, stored_at FROM attachment_file WHERE sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(entry(row)) : Optional.empty();
            }
        }
    }

    private static CatalogEntry entry(ResultSet row) throws SQLException {
        return new CatalogEntry(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                row.getTimestamp(5).toInstant());
    }
}
