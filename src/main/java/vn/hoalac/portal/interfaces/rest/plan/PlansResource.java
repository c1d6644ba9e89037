package vn.hoalac.portal.interfaces.rest.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.plan.MyTasks;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.application.plan.PlanProgress;
import vn.hoalac.portal.application.plan.PlanReview;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.application.plan.SealedVersion;
import vn.hoalac.portal.application.plan.SealedVersionExport;
import vn.hoalac.portal.application.plan.SynthesisExport;
import vn.hoalac.portal.domain.model.plan.DecisionOutcome;
import vn.hoalac.portal.domain.model.plan.Disposition;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanComment;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.ProgressReport;
import vn.hoalac.portal.domain.model.plan.ProgressStatus;
import vn.hoalac.portal.interfaces.rest.Downloads;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The plans API (design/API.md, Plans): drafting, versions, review, decision, comparison and progress. */
@Path("/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PlanDrafting drafting;

    @Inject
    PlanReview review;

    @Inject
    PlanProgress progress;

    @Inject
    MyTasks tasks;

    @Inject
    SynthesisExport synthesisExport;

    @Inject
    SealedVersionExport sealedVersionExport;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @GET
    public List<PlanJson.Summary> list() {
        return drafting.list().stream().map(PlanJson::of).toList();
    }

    @POST
    public Response create(PlanJson.CreatePlan input) {
        PlanJson.CreatePlan in = required(input);
        Plan plan = drafting.create(in.code(), in.title(), in.horizonYear(), in.visionYear());
        URI location = uriInfo.getBaseUriBuilder().path("plans").path(String.valueOf(plan.id())).build();
        return Response.created(location).entity(detail(plan.id())).build();
    }

    @GET
    @Path("tasks")
    public List<MyTasks.Task> myTasks() {
        return tasks.list();
    }

    @GET
    @Path("{id}")
    public PlanJson.Detail get(@PathParam("id") long id) {
        return detail(id);
    }

    @PUT
    @Path("{id}/draft")
    public PlanJson.Revision saveDraft(@PathParam("id") long id, PlanJson.DraftInput input) {
        PlanJson.DraftInput in = required(input);
        return new PlanJson.Revision(drafting.saveDraft(id, in.revision(), PlanJson.sections(in.sections()), PlanJson.targets(in.targets())));
    }

    @GET
    @Path("{id}/targets.xlsx")
    @Produces(XLSX)
    public Response exportTargets(@PathParam("id") long id) {
        drafting.draft(id); // refuse before the response starts
        StreamingOutput body = out -> drafting.exportTargets(id, out);
        return attachment(body, XLSX, "chi-tieu-" + id + ".xlsx");
    }

    @POST
    @Path("{id}/targets/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public PlanJson.Revision importTargets(@PathParam("id") long id) throws IOException {
        Part file = part("file");
        if (file == null) {
            throw new InvalidInputException("Thiếu tệp", List.of("file: bắt buộc (xlsx)"));
        }
        Part revisionPart = part("targetsRevision");
        long revision;
        try (InputStream in = revisionPart == null ? InputStream.nullInputStream() : revisionPart.getInputStream()) {
            revision = Long.parseLong(new String(in.readNBytes(40), StandardCharsets.UTF_8).strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Thiếu targetsRevision", List.of("targetsRevision: bắt buộc, là số"));
        }
        try (InputStream in = file.getInputStream()) {
            drafting.importTargets(id, revision, in);
        } finally {
            file.delete();
        }
        return new PlanJson.Revision(drafting.draft(id).targetsRevision());
    }

    @POST
    @Path("{id}/attachments")
    public PlanJson.Detail attach(@PathParam("id") long id, PlanJson.AttachInput input) {
        PlanJson.AttachInput in = required(input);
        if (in.documentId() == null) {
            throw new InvalidInputException("Thiếu tài liệu", List.of("documentId: bắt buộc"));
        }
        drafting.attach(id, in.documentId());
        return detail(id);
    }

    @DELETE
    @Path("{id}/attachments/{documentId}")
    public PlanJson.Detail detach(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        drafting.detach(id, documentId);
        return detail(id);
    }

    @POST
    @Path("{id}/versions")
    public Response submit(@PathParam("id") long id, PlanJson.SubmitInput input) {
        PlanJson.SubmitInput in = required(input);
        PlanVersion version = review.submit(id, in.note(), in.reviewers(), PlanJson.date(in.reviewDeadline(), "reviewDeadline"));
        return Response.created(versionUri(id, version.number()))
                .entity(new PlanJson.Submitted(version.number(), version.status().name())).build();
    }

    @GET
    @Path("{id}/versions/{n}")
    public PlanJson.VersionDetail version(@PathParam("id") long id, @PathParam("n") int number) {
        PlanVersion version = review.version(id, number);
        return PlanJson.detail(version, review.visibleComments(version));
    }

    @POST
    @Path("{id}/versions/{n}/comments")
    public Response comment(@PathParam("id") long id, @PathParam("n") int number, PlanJson.CommentInput input) {
        PlanJson.CommentInput in = required(input);
        PlanComment comment = review.comment(id, number, in.sectionKey(), in.quote(), in.body());
        return Response.created(versionUri(id, number)).entity(PlanJson.of(comment)).build();
    }

    @POST
    @Path("{id}/versions/{n}/comments/{cid}/response")
    public PlanJson.CommentJson answer(@PathParam("id") long id, @PathParam("n") int number, @PathParam("cid") long commentId,
                                       PlanJson.ResponseInput input) {
        PlanJson.ResponseInput in = required(input);
        Disposition disposition = PlanJson.enumValue(Disposition.class, in.disposition(), "disposition");
        return PlanJson.of(review.answer(id, number, commentId, disposition, in.rationale(), in.rowVersion()));
    }

    @POST
    @Path("{id}/versions/{n}/submit-for-approval")
    public PlanJson.VersionSummary submitForApproval(@PathParam("id") long id, @PathParam("n") int number) {
        return PlanJson.summary(review.submitForApproval(id, number));
    }

    @POST
    @Path("{id}/versions/{n}/decision")
    public PlanJson.VersionDetail decide(@PathParam("id") long id, @PathParam("n") int number, PlanJson.DecisionInput input) {
        PlanJson.DecisionInput in = required(input);
        DecisionOutcome outcome = PlanJson.enumValue(DecisionOutcome.class, in.outcome(), "outcome");
        PlanVersion version = review.decide(id, number, outcome, in.conclusion(), in.noticeNumber(), PlanJson.date(in.noticeDate(), "noticeDate"));
        return PlanJson.detail(version, review.visibleComments(version));
    }

    @GET
    @Path("{id}/versions/{n}/seal")
    public PlanJson.SealVerification verifySeal(@PathParam("id") long id, @PathParam("n") int number) {
        return PlanJson.of(review.verifySeal(id, number));
    }

    @GET
    @Path("{id}/versions/{n}/synthesis")
    public ReviewSynthesis synthesis(@PathParam("id") long id, @PathParam("n") int number) {
        return review.synthesis(id, number);
    }

    @GET
    @Path("{id}/versions/{n}/synthesis.xlsx")
    @Produces(XLSX)
    public Response synthesisXlsx(@PathParam("id") long id, @PathParam("n") int number) {
        ReviewSynthesis synthesis = review.synthesis(id, number);
        return attachment(out -> synthesisExport.xlsx(synthesis, out), XLSX,
                "tong-hop-y-kien-" + synthesis.planCode() + "-lan-" + number + ".xlsx");
    }

    @GET
    @Path("{id}/versions/{n}/synthesis.pdf")
    @Produces("application/pdf")
    public Response synthesisPdf(@PathParam("id") long id, @PathParam("n") int number) {
        ReviewSynthesis synthesis = review.synthesis(id, number);
        return attachment(out -> synthesisExport.pdf(synthesis, out), "application/pdf",
                "tong-hop-y-kien-" + synthesis.planCode() + "-lan-" + number + ".pdf");
    }

    @GET
    @Path("{id}/versions/{n}/approved.pdf")
    @Produces("application/pdf")
    public Response approvedPdf(@PathParam("id") long id, @PathParam("n") int number) {
        SealedVersion sealed = review.sealedVersion(id, number);
        return attachment(out -> sealedVersionExport.pdf(sealed, out), "application/pdf",
                sealed.content().code() + "-phien-ban-" + number + "-da-phe-duyet.pdf");
    }

    @GET
    @Path("{id}/compare")
    public PlanJson.Comparison compare(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException("Cần hai phiên bản để so sánh", List.of("from: bắt buộc", "to: bắt buộc"));
        }
        return PlanJson.of(review.compare(id, from, to));
    }

    @GET
    @Path("{id}/progress")
    public List<PlanJson.TargetTrack> dashboard(@PathParam("id") long id) {
        return progress.dashboard(id).stream().map(PlanJson::of).toList();
    }

    @POST
    @Path("{id}/targets/{code}/progress")
    public Response report(@PathParam("id") long id, @PathParam("code") String code, PlanJson.ProgressInput input) {
        PlanJson.ProgressInput in = required(input);
        ProgressStatus status = PlanJson.enumValue(ProgressStatus.class, in.status(), "status");
        ProgressReport report = progress.report(id, code, in.period(), in.actual(), status, in.note());
        return Response.created(uriInfo.getBaseUriBuilder().path("plans").path(String.valueOf(id)).path("progress").build())
                .entity(PlanJson.of(report)).build();
    }

    private PlanJson.Detail detail(long id) {
        Plan plan = drafting.plan(id);
        PlanJson.Draft draft = drafting.readsDrafts() ? PlanJson.draft(plan, drafting.attachments(id)) : null;
        return new PlanJson.Detail(plan.id(), plan.code(), plan.title(), plan.horizonYear(), plan.visionYear(), draft,
                review.versions(id).stream().map(PlanJson::summary).toList());
    }

    private URI versionUri(long id, int number) {
        return uriInfo.getBaseUriBuilder().path("plans").path(String.valueOf(id)).path("versions").path(String.valueOf(number)).build();
    }

    private static Response attachment(StreamingOutput body, String type, String filename) {
        return Downloads.attachment(body, type, filename).build();
    }

    private Part part(String name) throws IOException {
        try {
            return request.getPart(name);
        } catch (ServletException | IllegalStateException e) {
            throw new InvalidInputException("Yêu cầu multipart không hợp lệ", List.of(String.valueOf(e.getMessage())));
        }
    }

    private static <T> T required(T input) {
        if (input == null) {
            throw new InvalidInputException("Thiếu nội dung JSON của yêu cầu");
        }
        return input;
    }
}
