package vn.hoalac.portal.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The manifest says what a backup holds and lets a restore refuse one whose files changed. */
class BackupManifestTest {

    @TempDir
    Path folder;

    private BackupManifest manifest() throws Exception {
        Path table = Files.createDirectories(folder.resolve("portal/tables")).resolve("001-organization.copy");
        Files.writeString(table, "BQL\tBan quản lý\tManagement Board\tPARK\n");
        Path object = Files.createDirectories(folder.resolve("portal/large-objects")).resolve("16400");
        Files.write(object, new byte[] {1, 2, 3});
        BackupManifest.Database portal = new BackupManifest.Database("portal", Instant.parse("2026-12-01T10:00:00Z"),
                List.of(new BackupManifest.Table("organization", List.of("code", "name", "name_en", "kind"), 1, "portal/tables/001-organization.copy")),
                List.of(new BackupManifest.Sequence("document_id_seq", 42L), new BackupManifest.Sequence("unused_seq", null)),
                List.of(new BackupManifest.LargeObject(16400, "portal_app", 3, "portal/large-objects/16400")),
                List.of(new BackupManifest.Migration("1", 123, "organizations"), new BackupManifest.Migration("15", null, "mail outbox subject")),
                null);
        return new BackupManifest(BackupManifest.FORMAT, Instant.parse("2026-12-01T10:00:01Z"), 1234,
                Map.of("postgresql", "18.1", "keycloak", "26.7.3"), List.of(portal),
                List.of(BackupManifest.Part.of(folder, table), BackupManifest.Part.of(folder, object)));
    }

    @Test
    void itIsWrittenAndReadBackAsItWas() throws Exception {
        BackupManifest written = manifest();
        written.write(folder);

        BackupManifest read = BackupManifest.read(folder);
        assertThat(read).isEqualTo(written);
        assertThat(read.database("portal").orElseThrow().schemaVersion()).hasValue("15");
        assertThat(read.parts().getFirst().sha256()).hasSize(64)
                .isEqualTo("%064x".formatted(new java.math.BigInteger(1, java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(folder.resolve("portal/tables/001-organization.copy"))))));
        assertThat(read.verify(folder)).isEmpty();
    }

    @Test
    void aChangedOrMissingFileIsNamed() throws Exception {
        BackupManifest m = manifest();
        Files.writeString(folder.resolve("portal/tables/001-organization.copy"), "BQL\tsomething else\n");
        Files.delete(folder.resolve("portal/large-objects/16400"));

        assertThat(m.verify(folder)).satisfiesExactly(
                changed -> assertThat(changed).startsWith("portal/tables/001-organization.copy has changed"),
                missing -> assertThat(missing).isEqualTo("portal/large-objects/16400 is missing"));
    }

    @Test
    void aFileWithoutChecksumIsNamed() throws Exception {
        BackupManifest m = manifest();
        BackupManifest unchecked = new BackupManifest(m.format(), m.createdAt(), m.tookMillis(), m.versions(), m.databases(),
                m.parts().subList(0, 1));

        assertThat(unchecked.verify(folder)).containsExactly("portal/large-objects/16400 (portal) has no checksum in the manifest");
    }

    @Test
    void aFolderWithoutManifestOrOfAnotherFormatIsNotABackup() throws Exception {
        assertThatThrownBy(() -> BackupManifest.read(folder)).hasMessageContaining("is not a backup of the portal")
                .hasMessageContaining(".partial");
        Files.writeString(folder.resolve("manifest.json"), "{\"format\": \"something-else/9\"}");
        assertThatThrownBy(() -> BackupManifest.read(folder)).hasMessageContaining("format 'something-else/9'");
    }

    @Test
    void aPathOutsideTheFolderIsRefused() {
        assertThatThrownBy(() -> BackupManifest.resolve(folder, "../../etc/passwd")).hasMessageContaining("outside the backup");
    }
}
