package duban.embedded;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PostgreSQL's refusal to run as root, checked before an embedded start so that the failure says
 * what to do. Sessions and CI here run as root: zonky then runs PostgreSQL in a new user namespace
 * ({@code unshare -U}), where it is not root; this fails only where user namespaces are forbidden
 * (for instance inside a container with the default seccomp profile).
 */
final class RootUser {

    private RootUser() {
    }

    static void checkPostgresCanRun() {
        if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("""
                    This JVM runs as root, and PostgreSQL refuses to run as root. The embedded server \
                    runs it in a user namespace ('unshare -U') then, but this machine does not allow that. \
                    Either run as an unprivileged user, allow user namespaces, or point Duban at a running \
                    PostgreSQL with the environment variables %s, %s and %s."""
                    .formatted(PostgresServer.URL_VARIABLE, PostgresServer.USER_VARIABLE, PostgresServer.PASSWORD_VARIABLE));
        }
    }

    /** Linux tells a process its own uid as the owner of {@code /proc/self}; elsewhere we are not root as far as we care. */
    static boolean isRoot() {
        Path self = Path.of("/proc/self");
        if (!Files.exists(self)) {
            return false;
        }
        try {
            return ((Integer) Files.getAttribute(self, "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
