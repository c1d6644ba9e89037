package vn.hoalac.portal.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Asks every {@link RecordAccess} for a record's rule; a record type nobody answers for is read by nobody. */
@ApplicationScoped
public class RecordReaders {

    @Inject
    Instance<RecordAccess> rules;

    private final List<RecordAccess> fixed = new ArrayList<>();

    /** For tests: these rules instead of the CDI beans. */
    public static RecordReaders of(RecordAccess... rules) {
        RecordReaders readers = new RecordReaders();
        readers.fixed.addAll(List.of(rules));
        return readers;
    }

    public Predicate<PortalUser> of(String recordType, String recordId) {
        Iterable<RecordAccess> all = rules != null ? rules : fixed;
        for (RecordAccess rule : all) {
            Optional<Predicate<PortalUser>> answer = rule.readers(recordType, recordId);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        return user -> false;
    }

    /** Whether the user may read the record. */
    public boolean reads(PortalUser user, String recordType, String recordId) {
        return of(recordType, recordId).test(user);
    }
}
