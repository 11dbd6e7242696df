package duban.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SofficeTest {

    @Test
    void findsAnExecutableSofficeOnPathOnly(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path soffice = Files.writeString(bin.resolve("soffice"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(soffice, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(Soffice.findOnPath(empty + File.pathSeparator + bin)).contains(soffice);
        assertThat(Soffice.findOnPath(empty.toString())).isEmpty();
        assertThat(Soffice.findOnPath(null)).isEmpty();
    }

    @Test
    void ignoresASofficeThatIsNotExecutable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("soffice"), "not a program");
        Files.setPosixFilePermissions(dir.resolve("soffice"), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(Soffice.findOnPath(dir.toString())).isEmpty();
    }
}
