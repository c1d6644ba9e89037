package vn.hoalac.portal.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.application.ServiceChecks;
import vn.hoalac.portal.application.document.ExtractionRerun;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Comparator;
import java.util.List;

/**
 * The system health page (administrators): the services behind /health/ready with the details the public endpoint
 * leaves out, the failed extractions, which can be done again (all, or one document's), and this instance's search
 * index, which can be rebuilt from the database.
 */
@Named
@RequestScoped
public class SystemHealth {

    @Inject
    PortalUser user;

    @Inject
    ServiceChecks checks;

    @Inject
    ExtractionRerun rerun;

    @Inject
    vn.hoalac.portal.application.search.SearchIndexAdmin searchIndex;

    private vn.hoalac.portal.application.search.IndexStatus index;

    private List<ServiceChecks.Check> results;
    private Long documentId;

    @PostConstruct
    void init() {
        AccessPolicy.requireAnyRole(user, "action.health.read", Role.ADMIN);
        results = checks.all().stream().sorted(Comparator.comparing(ServiceChecks.Check::name)).toList();
    }

    public List<ServiceChecks.Check> getResults() {
        return results;
    }

    public boolean isAllUp() {
        return results.stream().allMatch(ServiceChecks.Check::up);
    }

    public long getFailedExtractions() {
        return rerun.failed();
    }

    public void rerunFailed() {
        int queued = rerun.rerunFailed(documentId);
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString("health.rerun.done").formatted(queued);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
        documentId = null;
    }

    /** This instance's search index (read once per request). */
    public vn.hoalac.portal.application.search.IndexStatus getIndex() {
        if (index == null) {
            index = searchIndex.status();
        }
        return index;
    }

    public void rebuildIndex() {
        index = searchIndex.rebuild();
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString("health.index.rebuildStarted");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
    }

    public Long getDocumentId() { return documentId; }
    public void setDocumentId(Long documentId) { this.documentId = documentId; }
}
