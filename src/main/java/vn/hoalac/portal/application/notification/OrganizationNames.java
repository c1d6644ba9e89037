package vn.hoalac.portal.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.domain.model.LocalizedName;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organizations' names for notification sentences, in both languages (the register's {@code name} and
 * {@code name_en}), so a sentence names "Đại học Bách khoa Hà Nội" or "Hanoi University of Science and Technology",
 * not "DHBK". The register is small and rarely changes: read once a minute, for pages and the mail sender alike.
 */
@ApplicationScoped
public class OrganizationNames {

    private static final long FRESH_NANOS = 60_000_000_000L;

    @Inject
    OrganizationRepository organizations;

    private volatile Map<String, LocalizedName> names;
    private volatile long readAt;

    public OrganizationNames() {
    }

    /** For tests: this register. */
    public OrganizationNames(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** Code to name: a code not in the register stays the code. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Function<String, Object> lookup() {
        Map<String, LocalizedName> known = names;
        if (known == null || System.nanoTime() - readAt > FRESH_NANOS) {
            known = organizations.findAll().stream()
                    .collect(Collectors.toUnmodifiableMap(Organization::code, o -> new LocalizedName(o.name(), o.nameEn()), (a, b) -> a));
            names = known;
            readAt = System.nanoTime();
        }
        Map<String, LocalizedName> found = known;
        return code -> code == null ? "" : found.containsKey(code) ? found.get(code) : code;
    }
}
