package vn.hoalac.portal.interfaces.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.OrganizationDirectory;
import vn.hoalac.portal.application.plan.MyTasks;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.interfaces.web.shell.LocaleSelection;

import java.util.List;

/** The landing page after login: who you are, for which organization, in which role, and what you can do here. */
@Named
@RequestScoped
public class Home {

    @Inject
    PortalUser user;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    LocaleSelection locale;

    @Inject
    MyTasks myTasks;

    /** The home page's lists are the same on every visit until something changes (each read is several queries). */
    @Inject
    vn.hoalac.portal.application.audit.ChangeCache cache;

    private List<MyTasks.Task> tasks;

    private String organizationName;

    @PostConstruct
    void init() {
        organizationName = organizations.ownOrganization()
                .map(o -> o.nameIn(locale.getLanguage()))
                .orElse(null);
    }

    public PortalUser getUser() {
        return user;
    }

    /** "Đại học Bách khoa Hà Nội (DHBK)", or the bare code when the organization is not in the register. */
    public String getOrganization() {
        String code = user.organizationCode();
        if (code == null) {
            return null;
        }
        return organizationName == null ? code : organizationName + " (" + code + ")";
    }

    /** Message keys of what the user's roles allow, as DOMAIN.md describes them. */
    public List<String> getCapabilityKeys() {
        return user.sortedRoles().stream().map(Role::claim).map(c -> "home.can." + c).toList();
    }

    @Inject
    vn.hoalac.portal.application.agreement.AgreementRegister agreements;

    private List<vn.hoalac.portal.application.agreement.AgreementRegister.Alert> alerts;

    /** Agreements ending within 90 days and overdue milestones (the park, and the universities party to them). */
    public List<vn.hoalac.portal.application.agreement.AgreementRegister.Alert> getAlerts() {
        if (alerts == null) {
            alerts = cache.get("home.alerts", user, () -> List.copyOf(agreements.alerts()));
        }
        return alerts;
    }

    @Inject
    vn.hoalac.portal.application.proposal.ProposalDesk proposals;

    private List<vn.hoalac.portal.application.proposal.ProposalDesk.Pending> pendingProposals;

    /** Proposals waiting for an opinion of the user's organization, or (park) for reviewers or a decision. */
    public List<vn.hoalac.portal.application.proposal.ProposalDesk.Pending> getPendingProposals() {
        if (pendingProposals == null) {
            pendingProposals = cache.get("home.proposals", user, () -> List.copyOf(proposals.pendingForMe()));
        }
        return pendingProposals;
    }

    /** What waits for the user: reviews, answers, decisions, progress reports due. */
    public List<MyTasks.Task> getTasks() {
        if (tasks == null) {
            tasks = cache.get("home.tasks", user, () -> List.copyOf(myTasks.list()));
        }
        return tasks;
    }

    /**
     * The sentence of a task: a version that is ready for the committee because no comment came in says so, with
     * whether its review deadline has passed, instead of "every comment answered".
     */
    public String taskKey(MyTasks.Task task) {
        if (task.kind() == MyTasks.Kind.SEND_TO_COMMITTEE && task.count() == 0) {
            boolean open = task.due() != null && !task.due().isBefore(vn.hoalac.portal.application.PortalTime.today());
            return open ? "tasks.SEND_TO_COMMITTEE.noCommentYet" : "tasks.SEND_TO_COMMITTEE.noComment";
        }
        return "tasks." + task.kind();
    }

    public boolean isKnownOrganization() {
        return organizationName != null;
    }
}
