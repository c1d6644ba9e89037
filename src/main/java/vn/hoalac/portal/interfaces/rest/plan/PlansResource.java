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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.application.plan.MyTasks;
import vn.hoalac.portal.application.plan.CommentRevision;
import vn.hoalac.portal.application.plan.PlanApproval;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.application.plan.PlanProgress;
import vn.hoalac.portal.application.plan.PlanReview;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.application.plan.SealedVersion;
import vn.hoalac.portal.application.plan.SealedVersionExport;
import vn.hoalac.portal.application.plan.SynthesisExport;
import vn.hoalac.portal.application.plan.VersionComparison;
import vn.hoalac.portal.domain.model.plan.DecisionOutcome;
import vn.hoalac.portal.domain.model.plan.Disposition;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanComment;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.ProgressReport;
import vn.hoalac.portal.domain.model.plan.ProgressStatus;
import vn.hoalac.portal.interfaces.rest.Downloads;
import vn.hoalac.portal.interfaces.rest.PageRequest;
import vn.hoalac.portal.interfaces.rest.Paged;

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
@Tag(name = "Plans")
public class PlansResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PDF = "application/pdf";

    @Inject
    PlanDrafting drafting;

    @Inject
    PeopleDirectory people;

    @Inject
    PlanReview review;

    @Inject
    PlanApproval approval;

    @Inject
    CommentRevision revision;

    @Inject
    VersionComparison comparison;

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

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    @Operation(summary = "The plans the caller may see", description = "All for the park and the committee; for a university "
            + "those with a version it may read. Newest first.")
    @APIResponse(responseCode = "200", description = "One page of plans")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Paged<PlanJson.Summary> list(
            @Parameter(description = PageRequest.PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "plans per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20, 200);
        return Paged.of(drafting.list(request.first(), request.size()), PlanJson::of);
    }

    @POST
    @Operation(summary = "Create a plan", description = "The park only. `code` is unique.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "201", description = "The plan; `Location` is its address",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = PlanJson.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response create(PlanJson.CreatePlan input) {
        PlanJson.CreatePlan in = required(input);
        Plan plan = drafting.create(in.code(), in.title(), in.horizonYear(), in.visionYear());
        URI location = uriInfo.getBaseUriBuilder().path("plans").path(String.valueOf(plan.id())).build();
        return Response.created(location).entity(detail(plan.id())).build();
    }

    @GET
    @Path("tasks")
    @Operation(summary = "What waits for the caller", description = "Reviews to give, comments to answer, versions to send to "
            + "the committee or to decide, progress to report (the home page's list).")
    @APIResponse(responseCode = "200", description = "One page of tasks")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Paged<MyTasks.Task> myTasks(
            @Parameter(description = PageRequest.PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "tasks per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20, 200);
        return Paged.of(tasks.list(request.first(), request.size()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A plan", description = "With its working draft (`draft`, for the park and the committee only, else "
            + "null) and the versions the caller may read.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlanJson.Detail get(@Parameter(description = "plan id") @PathParam("id") long id) {
        return detail(id);
    }

    @PUT
    @Path("{id}/draft")
    @Operation(summary = "Save the working draft", description = "The park only. Sections and targets replace the draft's; "
            + "409 when `revision` is not the draft's current revision (someone saved meanwhile): nothing is saved.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The new revision")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public PlanJson.Revision saveDraft(@Parameter(description = "plan id") @PathParam("id") long id, PlanJson.DraftInput input) {
        PlanJson.DraftInput in = required(input);
        return new PlanJson.Revision(drafting.saveDraft(id, in.revision(), PlanJson.sections(in.sections()), PlanJson.targets(in.targets())));
    }

    @GET
    @Path("{id}/targets.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The draft's targets as a spreadsheet", description = "The park and the committee.")
    @APIResponse(responseCode = "200", description = "An XLSX attachment",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response exportTargets(@Parameter(description = "plan id") @PathParam("id") long id) {
        drafting.draft(id); // refuse before the response starts
        StreamingOutput body = out -> drafting.exportTargets(id, out);
        return attachment(body, XLSX, "chi-tieu-" + id + ".xlsx");
    }

    @POST
    @Path("{id}/targets/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Replace the draft's targets from a spreadsheet", description = "The park only; the sheet of "
            + "`targets.xlsx`. 409 when `targetsRevision` is stale; a sheet with a bad row changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = {"file", "targetsRevision"}, properties = {
            @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary", description = "an XLSX file"),
            @SchemaProperty(name = "targetsRevision", type = SchemaType.INTEGER, description = "the draft's `targetsRevision`")})))
    @APIResponse(responseCode = "200", description = "The new targets revision")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public PlanJson.Revision importTargets(@Parameter(description = "plan id") @PathParam("id") long id) throws IOException {
        Part file = part("file");
        if (file == null) {
            throw new InvalidInputException("invalid.file", new Problem("file", "problem.fileRequired"));
        }
        Part revisionPart = part("targetsRevision");
        long revision;
        try (InputStream in = revisionPart == null ? InputStream.nullInputStream() : revisionPart.getInputStream()) {
            revision = Long.parseLong(new String(in.readNBytes(40), StandardCharsets.UTF_8).strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid.targets", new Problem("targetsRevision", "problem.revisionRequired"));
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
    @Operation(summary = "Attach a library document to the draft", description = "The park only; a document the whole portal reads.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public PlanJson.Detail attach(@Parameter(description = "plan id") @PathParam("id") long id, PlanJson.AttachInput input) {
        PlanJson.AttachInput in = required(input);
        if (in.documentId() == null) {
            throw new InvalidInputException("invalid.attachment", new Problem("documentId", "problem.required"));
        }
        drafting.attach(id, in.documentId());
        return detail(id);
    }

    @DELETE
    @Path("{id}/attachments/{documentId}")
    @Operation(summary = "Detach a document from the draft", description = "The park only.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlanJson.Detail detach(@Parameter(description = "plan id") @PathParam("id") long id,
                                  @Parameter(description = "document id") @PathParam("documentId") long documentId) {
        drafting.detach(id, documentId);
        return detail(id);
    }

    @POST
    @Path("{id}/versions")
    @Operation(summary = "Submit the draft for review", description = "The park only. Freezes the draft as a new version "
            + "`IN_REVIEW`, open to the invited organizations (`reviewers`, codes) until `reviewDeadline`.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "201", description = "The version's number and status; `Location` is the version",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = PlanJson.Submitted.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response submit(@Parameter(description = "plan id") @PathParam("id") long id, PlanJson.SubmitInput input) {
        PlanJson.SubmitInput in = required(input);
        PlanVersion version = review.submit(id, in.note(), in.reviewers(), PlanJson.date(in.reviewDeadline(), "reviewDeadline"));
        return Response.created(versionUri(id, version.number()))
                .entity(new PlanJson.Submitted(version.number(), version.status().name())).build();
    }

    @GET
    @Path("{id}/versions/{n}")
    @Operation(summary = "A version", description = "The frozen sections, targets and attachments, the status, the comments "
            + "the caller may see, the decision and the seal once approved.")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlanJson.VersionDetail version(@Parameter(description = "plan id") @PathParam("id") long id,
                                          @Parameter(description = "version number") @PathParam("n") int number) {
        PlanVersion version = review.version(id, number);
        return PlanJson.detail(version, review.visibleComments(version), revision::showsText, people::nameOf);
    }

    @POST
    @Path("{id}/versions/{n}/comments")
    @Operation(summary = "Comment on a version", description = "Reviewers of the invited organizations, while the version is "
            + "in review and before its deadline.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "201", description = "The comment; `Location` is the version",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = PlanJson.CommentJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response comment(@Parameter(description = "plan id") @PathParam("id") long id,
                            @Parameter(description = "version number") @PathParam("n") int number, PlanJson.CommentInput input) {
        PlanJson.CommentInput in = required(input);
        PlanComment comment = review.comment(id, number, in.sectionKey(), in.quote(), in.body());
        return Response.created(versionUri(id, number)).entity(PlanJson.of(comment)).build();
    }

    @PUT
    @Path("{id}/versions/{n}/comments/{cid}")
    @Operation(summary = "Edit your comment", description = "Its author only (a reviewer of an invited university), while "
            + "nobody has answered it and the review is open (the deadline day included): a new `body` (and `quote`). The "
            + "audit trail keeps the text it replaces; the search finds the new text. After an answer, a withdrawal, the "
            + "deadline or the end of the review: 409 with the reason.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The comment with its new text and `editedAt`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public PlanJson.CommentJson editComment(@Parameter(description = "plan id") @PathParam("id") long id,
                                            @Parameter(description = "version number") @PathParam("n") int number,
                                            @Parameter(description = "comment id") @PathParam("cid") long commentId,
                                            PlanJson.CommentEdit input) {
        PlanJson.CommentEdit in = required(input);
        return PlanJson.of(revision.edit(id, number, commentId, in.quote(), in.body()));
    }

    @DELETE
    @Path("{id}/versions/{n}/comments/{cid}")
    @Operation(summary = "Withdraw your comment", description = "Its author only, under the same conditions as an edit. The "
            + "comment is not deleted: it stays on the version marked withdrawn (`withdrawnAt`), its text visible to its author "
            + "only; it needs no answer, leaves the synthesis and is no longer found by the search.")
    @APIResponse(responseCode = "200", description = "The withdrawn comment")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PlanJson.CommentJson withdrawComment(@Parameter(description = "plan id") @PathParam("id") long id,
                                                @Parameter(description = "version number") @PathParam("n") int number,
                                                @Parameter(description = "comment id") @PathParam("cid") long commentId) {
        return PlanJson.of(revision.withdraw(id, number, commentId));
    }

    @POST
    @Path("{id}/versions/{n}/comments/{cid}/response")
    @Operation(summary = "Answer a comment", description = "The park only: a disposition and its rationale. `rowVersion` (from "
            + "the comment) makes a stale answer a 409.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The comment with its answer")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public PlanJson.CommentJson answer(@Parameter(description = "plan id") @PathParam("id") long id,
                                       @Parameter(description = "version number") @PathParam("n") int number,
                                       @Parameter(description = "comment id") @PathParam("cid") long commentId,
                                       PlanJson.ResponseInput input) {
        PlanJson.ResponseInput in = required(input);
        Disposition disposition = PlanJson.enumValue(Disposition.class, in.disposition(), "disposition");
        return PlanJson.of(review.answer(id, number, commentId, disposition, in.rationale(), in.rowVersion()));
    }

    @POST
    @Path("{id}/versions/{n}/submit-for-approval")
    @Operation(summary = "Send a reviewed version to the committee", description = "The park only, once every comment is answered.")
    @APIResponse(responseCode = "200", description = "The version, `SUBMITTED_FOR_APPROVAL`")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PlanJson.VersionSummary submitForApproval(@Parameter(description = "plan id") @PathParam("id") long id,
                                                     @Parameter(description = "version number") @PathParam("n") int number) {
        return PlanJson.summary(approval.submitForApproval(id, number));
    }

    @POST
    @Path("{id}/versions/{n}/decision")
    @Operation(summary = "Decide on a version", description = "The committee only, on a version waiting for it: `APPROVED` seals "
            + "it (SHA-256 of its content and attachments), `RETURNED` sends it back to the park.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The version with its decision (and seal)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public PlanJson.VersionDetail decide(@Parameter(description = "plan id") @PathParam("id") long id,
                                         @Parameter(description = "version number") @PathParam("n") int number, PlanJson.DecisionInput input) {
        PlanJson.DecisionInput in = required(input);
        DecisionOutcome outcome = PlanJson.enumValue(DecisionOutcome.class, in.outcome(), "outcome");
        PlanVersion version = approval.decide(id, number, outcome, in.conclusion(), in.noticeNumber(), PlanJson.date(in.noticeDate(), "noticeDate"));
        return PlanJson.detail(version, review.visibleComments(version), revision::showsText, people::nameOf);
    }

    @GET
    @Path("{id}/versions/{n}/seal")
    @Operation(summary = "Verify an approved version's seal", description = "Recomputes the hash of the content and of each "
            + "attachment's stored bytes; 409 when the version is not approved.")
    @APIResponse(responseCode = "200", description = "Whether the seal holds, and what does not")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PlanJson.SealVerification verifySeal(@Parameter(description = "plan id") @PathParam("id") long id,
                                                @Parameter(description = "version number") @PathParam("n") int number) {
        return PlanJson.of(approval.verifySeal(id, number), vn.hoalac.portal.interfaces.rest.ApiLanguage.bundle(headers));
    }

    @GET
    @Path("{id}/versions/{n}/synthesis")
    @Operation(summary = "The review synthesis of a version", description = "Every comment with the park's answer, in the order "
            + "of the sections. The park and the committee.")
    @APIResponse(responseCode = "200", description = "The synthesis")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReviewSynthesis synthesis(@Parameter(description = "plan id") @PathParam("id") long id,
                                     @Parameter(description = "version number") @PathParam("n") int number) {
        return review.synthesis(id, number);
    }

    @GET
    @Path("{id}/versions/{n}/synthesis.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The review synthesis as a spreadsheet")
    @APIResponse(responseCode = "200", description = "An XLSX attachment",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response synthesisXlsx(@Parameter(description = "plan id") @PathParam("id") long id,
                                  @Parameter(description = "version number") @PathParam("n") int number) {
        ReviewSynthesis synthesis = review.synthesis(id, number);
        return attachment(out -> synthesisExport.xlsx(synthesis, out), XLSX,
                "tong-hop-y-kien-" + synthesis.planCode() + "-lan-" + number + ".xlsx");
    }

    @GET
    @Path("{id}/versions/{n}/synthesis.pdf")
    @Produces(PDF)
    @Operation(summary = "The review synthesis as a PDF")
    @APIResponse(responseCode = "200", description = "A PDF attachment",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response synthesisPdf(@Parameter(description = "plan id") @PathParam("id") long id,
                                 @Parameter(description = "version number") @PathParam("n") int number) {
        ReviewSynthesis synthesis = review.synthesis(id, number);
        return attachment(out -> synthesisExport.pdf(synthesis, out), "application/pdf",
                "tong-hop-y-kien-" + synthesis.planCode() + "-lan-" + number + ".pdf");
    }

    @GET
    @Path("{id}/versions/{n}/approved.pdf")
    @Produces(PDF)
    @Operation(summary = "An approved version as a PDF", description = "With its decision and seal; 409 while not approved.")
    @APIResponse(responseCode = "200", description = "A PDF attachment",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response approvedPdf(@Parameter(description = "plan id") @PathParam("id") long id,
                                @Parameter(description = "version number") @PathParam("n") int number) {
        SealedVersion sealed = approval.sealedVersion(id, number);
        return attachment(out -> sealedVersionExport.pdf(sealed, out), "application/pdf",
                sealed.content().code() + "-phien-ban-" + number + "-da-phe-duyet.pdf");
    }

    @GET
    @Path("{id}/compare")
    @Operation(summary = "Compare two versions", description = "A diff per section and each target value that changed. "
            + "Version `0` is the working draft as saved now, for those who read drafts (the park and the committee; 403 for others).")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlanJson.Comparison compare(@Parameter(description = "plan id") @PathParam("id") long id,
                                       @Parameter(description = "version number, 0 for the working draft", required = true) @QueryParam("from") Integer from,
                                       @Parameter(description = "version number, 0 for the working draft", required = true) @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException("invalid.comparison", java.util.stream.Stream.of(from == null ? "from" : null, to == null ? "to" : null)
                    .filter(java.util.Objects::nonNull).map(f -> new vn.hoalac.portal.application.Problem(f, "problem.versionRequired")).toList());
        }
        return PlanJson.of(comparison.compare(id, from, to));
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "The progress dashboard", description = "Each tracked target with its reports and whether the caller may report on it.")
    @APIResponse(responseCode = "200", description = "One page of tracked targets")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Paged<PlanJson.TargetTrack> dashboard(
            @Parameter(description = "plan id") @PathParam("id") long id,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "targets per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20, 200);
        return Paged.of(progress.dashboard(id, request.first(), request.size()), PlanJson::of);
    }

    @POST
    @Path("{id}/targets/{code}/progress")
    @Operation(summary = "Report a target's progress in a period", description = "The park, or the target's lead unit; "
            + "reporting again for the same period corrects the report.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "201", description = "The report; `Location` is the dashboard",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = PlanJson.Progress.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response report(@Parameter(description = "plan id") @PathParam("id") long id,
                           @Parameter(description = "target code") @PathParam("code") String code, PlanJson.ProgressInput input) {
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
            throw new InvalidInputException("invalid.multipart");
        }
    }

    private static <T> T required(T input) {
        if (input == null) {
            throw new InvalidInputException("invalid.noBody");
        }
        return input;
    }
}
