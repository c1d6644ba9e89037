package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.application.plan.PlanProgress;
import vn.hoalac.portal.application.plan.TargetProgress;
import vn.hoalac.portal.domain.model.plan.ProgressReport;
import vn.hoalac.portal.domain.model.plan.ProgressStatus;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The progress dashboard: each target's planned path (its yearly values) against the actual values reported, the
 * targets at risk or behind grouped by lead unit, and the report form for park managers and lead units.
 */
@Named
@ViewScoped
public class ProgressPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanProgress progress;

    @Inject
    PlanDrafting drafting;

    private Long id;
    private String planTitle;
    private transient List<TargetProgress> targets;
    private String reportCode;
    private String reportPeriod = PlanProgress.duePeriod(PortalTime.today());
    private BigDecimal reportActual;
    private ProgressStatus reportStatus; // none until the reporter judges it
    private String reportNote;

    public void load() {
        if (id == null) {
            throw new NotFoundException("notFound.noId");
        }
        planTitle = drafting.plan(id).title();
        targets = null;
    }

    public List<TargetProgress> getTargets() {
        if (targets == null) {
            targets = progress.dashboard(id);
        }
        return targets;
    }

    public List<TargetProgress> getReportable() {
        return getTargets().stream().filter(TargetProgress::mayReport).toList();
    }

    /** Targets whose latest report says at risk or behind, by lead unit. */
    public Map<String, List<TargetProgress>> getAttentionByLeadUnit() {
        return getTargets().stream().filter(TargetProgress::needsAttention)
                .collect(Collectors.groupingBy(t -> t.target().leadUnit() == null ? "—" : t.target().leadUnit(),
                        LinkedHashMap::new, Collectors.toList()));
    }

    public List<Map.Entry<String, List<TargetProgress>>> getAttention() {
        return List.copyOf(getAttentionByLeadUnit().entrySet());
    }

    /** Chart.js configuration of one target: the planned values by year and the actual values reported. */
    public String chart(TargetProgress track) {
        Target target = track.target();
        TreeSet<Integer> years = new TreeSet<>(target.values().keySet());
        track.reports().forEach(r -> years.add(r.year()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder planned = Json.createArrayBuilder();
        JsonArrayBuilder actual = Json.createArrayBuilder();
        for (int year : years) {
            labels.add(String.valueOf(year));
            BigDecimal value = target.value(year);
            if (value == null) {
                planned.addNull();
            } else {
                planned.add(value);
            }
            // the latest report of the year (the whole year's report comes after its first half)
            ProgressReport last = null;
            for (ProgressReport r : track.reports()) {
                if (r.year() == year) {
                    last = r;
                }
            }
            if (last == null) {
                actual.addNull();
            } else {
                actual.add(last.actual());
            }
        }
        JsonObjectBuilder config = Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", PageActions.text("progress.planned"))
                                        .add("data", planned).add("borderColor", "#1d4ed8").add("backgroundColor", "#1d4ed8")
                                        .add("spanGaps", true).add("borderDash", Json.createArrayBuilder().add(6).add(4)))
                                .add(Json.createObjectBuilder().add("label", PageActions.text("progress.actual"))
                                        .add("data", actual).add("borderColor", "#c2410c").add("backgroundColor", "#c2410c")
                                        .add("pointRadius", 6).add("spanGaps", true))))
                .add("options", Json.createObjectBuilder()
                        // axes and tooltips write numbers as the page does (60.000 in Vietnamese, 60,000 in English)
                        .add("locale", vn.hoalac.portal.interfaces.web.shell.Formats.pageLocale().toLanguageTag())
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", target.code() + " · " + target.name()
                                                + (target.unit() == null ? "" : " (" + target.unit() + ")")))));
        // the configuration goes into an inline script: <, > and & are escaped so no text can close it
        return config.build().toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public void report() {
        if (PageActions.attempt(() -> progress.report(id, reportCode, reportPeriod, reportActual, reportStatus, reportNote))) {
            PageActions.info(PageActions.text("progress.reported", reportCode, reportPeriod), null);
            reportActual = null;
            reportNote = null;
            targets = null;
        }
    }

    public List<ProgressStatus> getStatuses() {
        return List.of(ProgressStatus.values());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPlanTitle() { return planTitle; }
    public String getReportCode() { return reportCode; }
    public void setReportCode(String reportCode) { this.reportCode = reportCode; }
    public String getReportPeriod() { return reportPeriod; }
    public void setReportPeriod(String reportPeriod) { this.reportPeriod = reportPeriod; }
    public BigDecimal getReportActual() { return reportActual; }
    public void setReportActual(BigDecimal reportActual) { this.reportActual = reportActual; }
    public ProgressStatus getReportStatus() { return reportStatus; }
    public void setReportStatus(ProgressStatus reportStatus) { this.reportStatus = reportStatus; }
    public String getReportNote() { return reportNote; }
    public void setReportNote(String reportNote) { this.reportNote = reportNote; }
}
