package vn.hoalac.portal.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.OrganizationDirectory;
import vn.hoalac.portal.domain.model.organization.Organization;

import java.util.List;

/** The organizations page (administrators): codes as in the {@code organization} claim, names, kinds. */
@Named
@RequestScoped
public class ListOrganizations {

    @Inject
    OrganizationDirectory directory;

    private List<Organization> organizations;

    @PostConstruct
    void init() {
        organizations = directory.listAll();
    }

    public List<Organization> getOrganizations() {
        return organizations;
    }
}
