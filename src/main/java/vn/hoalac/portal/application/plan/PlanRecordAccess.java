package vn.hoalac.portal.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.notification.RecordAccess;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who reads a plan (the park and the committee, and whoever reads one of its versions) and a plan's version
 * ({@link PlanAccess#readsVersion}), for notifications and following.
 */
@ApplicationScoped
public class PlanRecordAccess implements RecordAccess {

    @Inject
    PlanRepository plans;

    @Override
    public Optional<Predicate<PortalUser>> readers(String recordType, String recordId) {
        if ("PLAN_VERSION".equals(recordType)) {
            int slash = recordId.indexOf('/');
            long planId;
            int number;
            try {
                planId = Long.parseLong(recordId.substring(0, Math.max(0, slash)));
                number = Integer.parseInt(recordId.substring(slash + 1));
            } catch (NumberFormatException notAnId) {
                return Optional.of(nobody());
            }
            return Optional.of(plans.version(planId, number).map(PlanRecordAccess::versionReaders).orElse(nobody()));
        }
        if ("PLAN".equals(recordType)) {
            long planId;
            try {
                planId = Long.parseLong(recordId);
            } catch (NumberFormatException notAnId) {
                return Optional.of(nobody());
            }
            if (plans.find(planId).isEmpty()) {
                return Optional.of(nobody());
            }
            List<Predicate<PortalUser>> versions = plans.versions(planId).stream().map(PlanRecordAccess::versionReaders).toList();
            return Optional.of(user -> PlanAccess.readsDrafts(user) || versions.stream().anyMatch(v -> v.test(user)));
        }
        return Optional.empty();
    }

    private static Predicate<PortalUser> versionReaders(PlanVersion version) {
        Set<String> invited = Set.copyOf(version.reviewers());
        VersionStatus status = version.status();
        return user -> PlanAccess.readsVersion(user, invited, status);
    }

    private static Predicate<PortalUser> nobody() {
        return user -> false;
    }
}
