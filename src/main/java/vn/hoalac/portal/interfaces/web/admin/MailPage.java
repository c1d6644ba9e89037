package vn.hoalac.portal.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.mail.MailLog;
import vn.hoalac.portal.application.mail.MailOutbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The portal's e-mail (administrators): how many mails wait, went, failed or were refused, and the most recent ones
 * with their recipient, subject, state, attempts and last error, filtered by state; the daily digest on demand.
 */
@Named
@RequestScoped
public class MailPage {

    @Inject
    MailLog log;

    private String state;
    private Map<String, Long> counts;
    private List<MailOutbox.Sent> mails;

    @PostConstruct
    void init() {
        counts = log.counts(); // refuses anyone but an administrator
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null || state.isBlank() || !MailLog.STATES.contains(state) ? null : state;
    }

    public List<String> getStates() {
        return List.of("PENDING", "SENT", "FAILED", "REFUSED");
    }

    public Map<String, Long> getCounts() {
        return counts;
    }

    public List<MailOutbox.Sent> getMails() {
        if (mails == null) {
            mails = log.recent(state, 200);
        }
        return mails;
    }

    public String at(Instant at) {
        return at == null ? "–" : PortalTime.dateTime(at.atOffset(ZoneOffset.UTC));
    }

    public String severity(String state) {
        return switch (state) {
            case "SENT" -> "success";
            case "PENDING" -> "info";
            case "REFUSED" -> "warning";
            default -> "danger";
        };
    }

    public void digestNow() {
        int written = log.digestNow();
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString("mail.admin.digest.done").formatted(written);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
        counts = log.counts();
        mails = null;
    }
}
