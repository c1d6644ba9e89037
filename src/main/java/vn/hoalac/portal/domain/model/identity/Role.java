package vn.hoalac.portal.domain.model.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Keycloak's realm {@code hoalac}, delivered in the {@code groups} claim. */
public enum Role {
    PARK_MANAGER("park-manager"),
    UNIVERSITY_REVIEWER("university-reviewer"),
    COMMITTEE_APPROVER("committee-approver"),
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The role's name in Keycloak and in the {@code groups} claim. */
    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
