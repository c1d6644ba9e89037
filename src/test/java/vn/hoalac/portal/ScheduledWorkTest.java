package vn.hoalac.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.cluster.ClusterHeartbeat;
import vn.hoalac.portal.application.job.ClusterJobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Scheduled work runs once per cluster: only {@link ClusterJobs} schedules (each {@code ClusterJob} then does its periods
 * through {@code runOnce}), and the heartbeat, which every instance writes for itself. A class scheduling work of its
 * own (a managed scheduler, a timer, an EJB schedule) would run it once per instance: it fails here.
 */
class ScheduledWorkTest {

    @Test
    void onlyTheClusterJobsAndTheHeartbeatSchedule() {
        JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.hoalac.portal");
        noClasses().that().doNotBelongToAnyOf(ClusterJobs.class, ClusterHeartbeat.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.enterprise.concurrent.ManagedScheduledExecutorService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ScheduledExecutorService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Timer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.ejb.Schedule")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.ejb.TimerService")
                .because("scheduled work must run once per cluster, through ClusterJobs.runOnce")
                .check(portal);
    }
}
