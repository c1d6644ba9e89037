package vn.hoalac.portal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.notification.RecordAccess;
import vn.hoalac.portal.domain.model.agreement.AgreementRepository;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Who reads an agreement ({@link AgreementRegister#reads}: the park, the committee, its parties), for notifications and following. */
@ApplicationScoped
public class AgreementRecordAccess implements RecordAccess {

    @Inject
    AgreementRepository agreements;

    @Override
    public Optional<Predicate<PortalUser>> readers(String recordType, String recordId) {
        return RecordAccess.byId("AGREEMENT", recordType, recordId, id -> agreements.find(id).map(a -> {
            Set<String> parties = Set.copyOf(a.parties());
            return (Predicate<PortalUser>) user -> AgreementRegister.reads(user, parties);
        }));
    }
}
