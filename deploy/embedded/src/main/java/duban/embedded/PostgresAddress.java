package duban.embedded;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where a PostgreSQL server is, parsed from an admin JDBC URL such as
 * {@code jdbc:postgresql://db.example:5432/postgres?sslmode=require}, and the URLs of its other
 * databases in the JDBC and the Vert.x (reactive) forms.
 */
record PostgresAddress(String host, int port, String adminDatabase, String jdbcQuery) {

    private static final String JDBC_PREFIX = "jdbc:postgresql://";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    static PostgresAddress parse(String adminJdbcUrl) {
        if (adminJdbcUrl == null || !adminJdbcUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + adminJdbcUrl);
        }
        URI uri = URI.create(adminJdbcUrl.substring("jdbc:".length()));
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("one host expected in " + adminJdbcUrl);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        return new PostgresAddress(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort(),
                database.isEmpty() ? "postgres" : database, uri.getRawQuery());
    }

    String jdbcUrl(String database) {
        return JDBC_PREFIX + host + ":" + port + "/" + database + (jdbcQuery == null ? "" : "?" + jdbcQuery);
    }

    /** The Vert.x form; JDBC-only query parameters are not carried over (their names differ). */
    String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * Database names are interpolated into {@code CREATE DATABASE}, which takes no bind parameter:
     * only plain lower-case identifiers pass.
     */
    static String checkDatabaseName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ": " + name);
        }
        return name;
    }
}
