package duban.tasks.attachment.store.postgres;

import duban.tasks.attachment.store.BlobStore;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/** Attachments' bytes as 1 MiB chunks in {@code attachment_chunk}. */
@ApplicationScoped
@Typed(PostgresBlobStore.class) // the port's one bean is the selected store
public class PostgresBlobStore implements BlobStore {

    static final int CHUNK = 1024 * 1024;

    @Inject
    AgroalDataSource dataSource;

    /** All chunks in one transaction: a file is there whole or not at all. */
    @Override
    @Transactional
    public void put(String sha256, long size, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO attachment_chunk (sha256, seq, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            if (stored(connection, sha256) == size) {
                return;
            }
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK)).length > 0 || seq == 0) {
                insert.setString(1, sha256);
                insert.setInt(2, seq++);
                insert.setBytes(3, chunk);
                insert.executeUpdate();
                if (chunk.length < CHUNK) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot store attachment " + sha256, e);
        }
    }

    @Override
    public OptionalLong size(String sha256) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            long size = stored(connection, sha256);
            return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
        } catch (SQLException e) {
            throw new IOException("cannot read attachment " + sha256, e);
        }
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        if (size(sha256).isEmpty()) {
            throw new FileNotFoundException(sha256);
        }
        return new ChunkStream(dataSource, sha256, offset, length);
    }

    @Override
    public String kind() {
        return "postgres";
    }

    /** The stored length (sum of the chunks), or -1 when no chunk is stored. */
    private static long stored(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*), COALESCE(sum(octet_length(data)), 0) FROM attachment_chunk WHERE sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) == 0 ? -1 : row.getLong(2);
            }
        }
    }

    /** One chunk read at a time, each in a query of its own, skipping to the offset. */
    static final class ChunkStream extends InputStream {

        private final AgroalDataSource dataSource;
        private final String sha256;
        private long position;
        private long remaining;
        private byte[] chunk = new byte[0];
        private int inChunk;

        ChunkStream(AgroalDataSource dataSource, String sha256, long offset, long length) {
            this.dataSource = dataSource;
            this.sha256 = sha256;
            this.position = offset;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            if (inChunk >= chunk.length) {
                fetch();
                if (chunk.length == 0) {
                    return -1;
                }
            }
            int n = (int) Math.min(Math.min(len, chunk.length - inChunk), remaining);
            System.arraycopy(chunk, inChunk, target, off, n);
            inChunk += n;
            position += n;
            remaining -= n;
            return n;
        }

        private void fetch() throws IOException {
            int seq = (int) (position / CHUNK);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT data FROM attachment_chunk WHERE sha256 = ? AND seq = ?")) {
                query.setString(1, sha256);
                query.setInt(2, seq);
                try (ResultSet row = query.executeQuery()) {
                    chunk = row.next() ? row.getBytes(1) : new byte[0];
                }
            } catch (SQLException e) {
                throw new IOException("cannot read attachment " + sha256, e);
            }
            inChunk = (int) Math.min(position - (long) seq * CHUNK, chunk.length);
            if (inChunk >= chunk.length) {
                chunk = new byte[0];
                inChunk = 0;
            }
        }
    }
}
