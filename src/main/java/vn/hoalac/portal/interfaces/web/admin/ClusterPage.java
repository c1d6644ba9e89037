package vn.hoalac.portal.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.cluster.ClusterMember;
import vn.hoalac.portal.application.cluster.ClusterOverview;
import vn.hoalac.portal.interfaces.web.shell.Formats;

import java.text.MessageFormat;
import java.util.List;

/**
 * The cluster's members (administrators): every portal instance seen in the last day, up or not answering, with
 * its address, uptime, the extraction jobs it runs now and its search index's lag; the one serving this page marked.
 */
@Named
@RequestScoped
public class ClusterPage {

    @Inject
    ClusterOverview overview;

    private List<ClusterMember> members;
    private String thisInstance;

    @PostConstruct
    void init() {
        members = overview.members(); // refuses anyone but an administrator
        thisInstance = overview.thisInstance();
    }

    public List<ClusterMember> getMembers() {
        return members;
    }

    public String getThisInstance() {
        return thisInstance;
    }

    public long getAnswering() {
        return members.stream().filter(ClusterMember::up).count();
    }

    /** An uptime in words: 45 giây, 12 phút, 3 giờ 5 phút, 2 ngày 4 giờ; a dash when not answering. */
    public String uptime(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        long s = seconds;
        if (s < 60) {
            return text("cluster.uptime.seconds", s);
        }
        if (s < 3600) {
            return text("cluster.uptime.minutes", s / 60);
        }
        if (s < 86_400) {
            return text("cluster.uptime.hours", s / 3600, s % 3600 / 60);
        }
        return text("cluster.uptime.days", s / 86_400, s % 86_400 / 3600);
    }

    private static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, Formats.pageLocale()).format(args);
    }
}
