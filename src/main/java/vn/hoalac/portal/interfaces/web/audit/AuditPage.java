package vn.hoalac.portal.interfaces.web.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditExport;
import vn.hoalac.portal.application.audit.AuditLog;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.interfaces.web.shell.Downloads;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit trail page: events read as sentences in the page's language (who, by name and organization, did what to
 * which record), filtered by action in words, exported as CSV or XLSX with the raw codes, and the hash chain verified.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @Inject
    AuditLog log;

    @Inject
    AuditExport exports;

    @Inject
    PeopleDirectory people;

    /** An event as the page shows it: a sentence in the page's language, and the event as stored for its details line. */
    public record Row(AuditLog.Event event, String sentence) {
    }

    private String entityType;
    private String entityId;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private transient List<Row> events;

    public List<Row> getEvents() {
        if (events == null) {
            events = rows(log.find(filter(), 0, SHOWN));
        }
        return events;
    }

    /** The events as sentences: their actors and records are looked up once for the whole list. */
    private List<Row> rows(List<AuditLog.Event> found) {
        Map<String, Person> actors = people.findAll(found.stream().map(AuditLog.Event::actor).collect(Collectors.toSet()));
        Map<Long, AuditLog.Subject> subjects = log.subjects(found);
        AuditSentences sentences = sentences();
        return found.stream().map(e -> {
            Person actor = actors.get(e.actor());
            return new Row(e, sentences.sentence(e, actor, subjects.get(e.id())));
        }).toList();
    }

    /** The actions for the filter, in the order of {@link AuditAction}, each with its words in the page's language. */
    public List<SelectItem> getActions() {
        AuditSentences sentences = sentences();
        return Arrays.stream(AuditAction.values()).map(a -> new SelectItem(a.name(), sentences.action(a.name()))).toList();
    }

    private static AuditSentences sentences() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return new AuditSentences(faces.getApplication().getResourceBundle(faces, "msg"), faces.getViewRoot().getLocale());
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
