package vn.hoalac.portal.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;

import java.util.List;
import java.util.Optional;

/** Use cases on the organizations that take part in the plan's work. */
@RequestScoped
public class OrganizationDirectory {

    @Inject
    PortalUser currentUser;

    @Inject
    OrganizationRepository organizations;

    /** The full register, with codes: administrators only. */
    public List<Organization> listAll() {
        AccessPolicy.requireAnyRole(currentUser, "action.organizations.read", Role.ADMIN);
        return organizations.findAll();
    }

    /** The caller's own organization (any signed-in user). */
    public Optional<Organization> ownOrganization() {
        return currentUser.organizationCode() == null ? Optional.empty() : organizations.find(currentUser.organizationCode());
    }

    /** The universities, which may be invited to review plan versions (any signed-in user may see their names). */
    public List<Organization> universities() {
        return organizations.findAll().stream()
                .filter(o -> o.kind() == vn.hoalac.portal.domain.model.organization.OrganizationKind.UNIVERSITY).toList();
    }

    /** The name of an organization in the given language, or its code when it is not in the register. */
    public String nameOf(String code, String language) {
        return code == null ? "" : organizations.find(code).map(o -> o.nameIn(language)).orElse(code);
    }
}
