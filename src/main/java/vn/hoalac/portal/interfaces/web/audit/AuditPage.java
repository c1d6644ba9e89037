package vn.hoalac.portal.interfaces.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import vn.hoalac.portal.application.audit.AuditExport;
import vn.hoalac.portal.application.audit.AuditLog;
import vn.hoalac.portal.interfaces.web.shell.Downloads;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The audit trail page: filter, read, export as CSV or XLSX, and verify the hash chain. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @Inject
    transient AuditLog log;

    @Inject
    transient AuditExport exports;

    private String entityType;
    private String entityId;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private transient List<AuditLog.Event> events;

    public List<AuditLog.Event> getEvents() {
        if (events == null) {
            events = log.find(filter(), 0, SHOWN);
        }
        return events;
    }

    public void search() {
        events = null;
    }

    public void verify() {
        AuditLog.Verification v = log.verify();
        if (v.intact()) {
            PageActions.info(PageActions.text("audit.intact", v.checked()), null);
        } else {
            PageActions.error(PageActions.text("audit.broken", v.brokenEventId()), v.reason());
        }
    }

    public StreamedContent getCsv() {
        List<AuditLog.Event> all = log.export(filter());
        return Downloads.of("nhat-ky.csv", AuditExport.CSV, out -> exports.csv(all, out));
    }

    public StreamedContent getXlsx() {
        List<AuditLog.Event> all = log.export(filter());
        return Downloads.of("nhat-ky.xlsx", AuditExport.XLSX, out -> exports.xlsx(all, out));
    }

    private AuditLog.Filter filter() {
        return new AuditLog.Filter(entityType, entityId, actor, action, from, to);
    }

    public int getShown() { return SHOWN; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
