package vn.hoalac.portal.domain.model.plan;

import java.util.List;
import java.util.Optional;

public interface PlanRepository {

    Plan add(Plan plan);

    Optional<Plan> find(long id);

    /** The plan row locked until the transaction ends: draft saves and submissions of one plan happen one at a time. */
    Optional<Plan> findForUpdate(long id);

    Optional<Plan> findByCode(String code);

    List<Plan> all();

    List<PlanVersion> versions(long planId);

    /** The versions of every plan, without their contents, by plan id, each plan's in order of number: one query. */
    java.util.Map<Long, List<VersionHead>> versionHeads();

    Optional<PlanVersion> version(long planId, int number);

    PlanVersion addVersion(PlanVersion version);

    /** Versions of every plan in the given statuses, oldest submission first. */
    List<PlanVersion> versionsIn(List<VersionStatus> statuses);

    List<Attachment> attachments(long planId);

    void attach(long planId, long documentId, String user);

    boolean detach(long planId, long documentId);

    List<ProgressReport> progress(long planId);

    Optional<ProgressReport> progress(long planId, String targetCode, String period);

    void add(ProgressReport report);

    /** Writes pending changes now (new rows get their ids). */
    void flush();
}
