package vn.hoalac.portal.it.cluster;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.stack.PortalStack;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip's second half: the cluster stack started from the backup BackupIT took of the normal test stack
 * while uploads went on ({@code PORTAL_RESTORE_FROM=target/it-backup}, set by StackConfig.forClusterTests when the
 * folder exists). Each instance, asked directly (not through nginx), serves every listed document version byte-exact
 * (SHA-256), verifies the audit chain with the backup's last event in it unchanged, verifies the sealed versions, lets
 * the demo users log in, and finds the older document by search once its own index has rebuilt itself from the
 * restored database (the index is not in a backup).
 */
@ClusterTest
class RestoreIT {

    @Test
    void everyInstanceOfTheRestoredClusterHoldsWhatTheBackupHad() throws Exception {
        PortalStack stack = ClusterStackExtension.stack();
        Path backup = stack.config().projectDir().resolve("target/it-backup");
        assertThat(backup.resolve("expected.json")).as("the backup BackupIT writes in the normal run, before the cluster run").exists();
        assertThat(stack.config().restoreFrom()).as("the cluster stack was restored from it").hasValue(backup);

        RestoredPortal restored = new RestoredPortal(stack.config().issuer(), backup);
        assertThat(stack.instances()).isEqualTo(2);
        for (int i = 1; i <= stack.instances(); i++) {
            String instance = stack.instanceUrl(i);
            assertThat(restored.everyDemoUserLogsIn(instance)).as("asked directly").isEqualTo("portal-" + i);
            restored.everyVersionIsByteExact(instance);
            restored.theAuditChainVerifies(instance);
            restored.theSealedVersionsVerify(instance);
            restored.searchFindsTheOlderDocument(instance);
        }
    }
}
