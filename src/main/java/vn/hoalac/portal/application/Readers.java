package vn.hoalac.portal.application;

import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may read a record, written so that the search index can filter by it: a record lists reader tokens (a role, or
 * a role within one organization), a user holds the tokens of their roles, and the user may read the record when the
 * two share one. Each access rule that decides who reads a plan, an agreement or a proposal also gives its tokens
 * ({@code PlanAccess}, {@code AgreementRegister}, {@code ProposalDesk}); unit tests hold both forms to the same answer.
 */
public final class Readers {

    private Readers() {
    }

    /** Everyone with this role. */
    public static String role(Role role) {
        return "role:" + role.claim();
    }

    /** Those with this role who act for this organization. */
    public static String member(String organization, Role role) {
        return "org:" + organization + ":" + role.claim();
    }

    /** The tokens a user holds. */
    public static Set<String> of(PortalUser user) {
        Set<String> tokens = new TreeSet<>();
        for (Role r : user.roles()) {
            tokens.add(role(r));
            if (user.organizationCode() != null) {
                tokens.add(member(user.organizationCode(), r));
            }
        }
        return tokens;
    }

    /** Every member with {@code role} of each of these organizations. */
    public static Set<String> members(Collection<String> organizations, Role role) {
        Set<String> tokens = new TreeSet<>();
        for (String o : organizations) {
            if (o != null) {
                tokens.add(member(o, role));
            }
        }
        return tokens;
    }

    /** Whether a user holding {@code user}'s tokens reads a record listing {@code readers}. */
    public static boolean reads(PortalUser user, Collection<String> readers) {
        return of(user).stream().anyMatch(readers::contains);
    }
}
