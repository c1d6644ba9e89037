package vn.hoalac.portal.interfaces.rest.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.proposal.OpinionKind;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.interfaces.rest.PageRequest;
import vn.hoalac.portal.interfaces.rest.Paged;

/** The proposals API (design/API.md, Agreements and proposals); a university sees what it submitted or reviews. */
@Path("/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals")
public class ProposalsResource {

    @Inject
    ProposalDesk desk;

    @Inject
    PortalUser user;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The proposals the caller may see", description = "All for the park and the committee; for a "
            + "university those it submitted or is invited to review; administrators are refused. Newest first.")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Paged<AgreementJson.ProposalOut> list(
            @Parameter(description = PageRequest.PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "proposals per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20, 200);
        return Paged.of(desk.list(request.first(), request.size()), this::json);
    }

    @POST
    @Operation(summary = "Submit a proposal", description = "The caller's organization submits it (universities and the park), "
            + "with files of its own.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "201", description = "The proposal; `Location` is its address",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AgreementJson.ProposalOut.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response submit(AgreementJson.ProposalInput input) {
        AgreementJson.ProposalInput in = AgreementsResource.required(input);
        Proposal p = desk.submit(in.title(), in.purpose(), in.budget(), in.area(), in.timeline(), in.documents());
        return Response.created(uriInfo.getBaseUriBuilder().path("proposals").path(String.valueOf(p.id())).build()).entity(json(p)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A proposal", description = "With the opinions the caller may see (the submitter sees none but its own organization's).")
    @APIResponse(responseCode = "200", description = "The proposal")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AgreementJson.ProposalOut get(@Parameter(description = "proposal id") @PathParam("id") long id) {
        return json(desk.read(id));
    }

    @POST
    @Path("{id}/reviewers")
    @Operation(summary = "Invite reviewers", description = "The park only: universities (not the submitter) to give an opinion.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The proposal, `IN_REVIEW`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public AgreementJson.ProposalOut invite(@Parameter(description = "proposal id") @PathParam("id") long id, AgreementJson.ReviewersInput input) {
        return json(desk.invite(id, AgreementsResource.required(input).organizations()));
    }

    @POST
    @Path("{id}/opinions")
    @Operation(summary = "Give the organization's opinion", description = "Reviewers of an invited organization, once, before the decision; "
            + "`SUPPORT_WITH_CONDITIONS` and `OPPOSE` need a comment.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The proposal")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public AgreementJson.ProposalOut opinion(@Parameter(description = "proposal id") @PathParam("id") long id, AgreementJson.OpinionInput input) {
        AgreementJson.OpinionInput in = AgreementsResource.required(input);
        return json(desk.giveOpinion(id, AgreementJson.enumValue(OpinionKind.class, in.opinion(), "opinion"), in.comment()));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Decide on a proposal", description = "The park only, once: `ACCEPTED` or `REJECTED`, with a note.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The proposal with its decision")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public AgreementJson.ProposalOut decide(@Parameter(description = "proposal id") @PathParam("id") long id, AgreementJson.DecisionInput input) {
        AgreementJson.DecisionInput in = AgreementsResource.required(input);
        return json(desk.decide(id, in.outcome() == null ? null : in.outcome().strip().toUpperCase(java.util.Locale.ROOT), in.note()));
    }

    @POST
    @Path("{id}/links")
    @Operation(summary = "Link an accepted proposal", description = "The park only: to an agreement and to plan targets.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The proposal with its links")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public AgreementJson.ProposalOut link(@Parameter(description = "proposal id") @PathParam("id") long id, AgreementJson.LinkInput input) {
        AgreementJson.LinkInput in = AgreementsResource.required(input);
        return json(desk.link(id, in.agreementId(), AgreementJson.links(in.targets())));
    }

    private AgreementJson.ProposalOut json(Proposal p) {
        return AgreementJson.of(p, ProposalDesk.readsAll(user), user.organizationCode());
    }
}
