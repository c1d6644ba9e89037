package vn.hoalac.portal.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the tests read of a backup folder without knowing its format: its problems, its files' checksums. */
public final class BackupFacts {

    private BackupFacts() {
    }

    /** Every difference between the backup's files and its manifest (empty: intact). */
    public static List<String> problems(Path backup) {
        return BackupManifest.read(backup).verify(backup);
    }

    /** The SHA-256 of each large object of the portal's database in the backup, by OID. */
    public static Map<String, String> largeObjectSha256ByOid(Path backup) {
        BackupManifest manifest = BackupManifest.read(backup);
        Map<String, String> byPath = new LinkedHashMap<>();
        manifest.parts().forEach(p -> byPath.put(p.path(), p.sha256()));
        Map<String, String> objects = new LinkedHashMap<>();
        manifest.database(PortalBackup.PORTAL).orElseThrow().largeObjects()
                .forEach(o -> objects.put(Long.toString(o.oid()), byPath.get(o.file())));
        return objects;
    }

    /** Deletes a folder with everything in it (nothing when it is not there). */
    public static void delete(Path folder) {
        try {
            PortalStack.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
