package vn.hoalac.portal.interfaces.rest.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.proposal.OpinionKind;
import vn.hoalac.portal.domain.model.proposal.Proposal;

import java.util.List;

/** The proposals API (design/API.md, Agreements and proposals); a university sees what it submitted or reviews. */
@Path("/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    @Inject
    ProposalDesk desk;

    @Inject
    PortalUser user;

    @Context
    UriInfo uriInfo;

    @GET
    public List<AgreementJson.ProposalOut> list() {
        return desk.list().stream().map(this::json).toList();
    }

    @POST
    public Response submit(AgreementJson.ProposalInput input) {
        AgreementJson.ProposalInput in = AgreementsResource.required(input);
        Proposal p = desk.submit(in.title(), in.purpose(), in.budget(), in.area(), in.timeline(), in.documents());
        return Response.created(uriInfo.getBaseUriBuilder().path("proposals").path(String.valueOf(p.id())).build()).entity(json(p)).build();
    }

    @GET
    @Path("{id}")
    public AgreementJson.ProposalOut get(@PathParam("id") long id) {
        return json(desk.read(id));
    }

    @POST
    @Path("{id}/reviewers")
    public AgreementJson.ProposalOut invite(@PathParam("id") long id, AgreementJson.ReviewersInput input) {
        return json(desk.invite(id, AgreementsResource.required(input).organizations()));
    }

    @POST
    @Path("{id}/opinions")
    public AgreementJson.ProposalOut opinion(@PathParam("id") long id, AgreementJson.OpinionInput input) {
        AgreementJson.OpinionInput in = AgreementsResource.required(input);
        return json(desk.giveOpinion(id, AgreementJson.enumValue(OpinionKind.class, in.opinion(), "opinion"), in.comment()));
    }

    @POST
    @Path("{id}/decision")
    public AgreementJson.ProposalOut decide(@PathParam("id") long id, AgreementJson.DecisionInput input) {
        AgreementJson.DecisionInput in = AgreementsResource.required(input);
        return json(desk.decide(id, in.outcome() == null ? null : in.outcome().strip().toUpperCase(java.util.Locale.ROOT), in.note()));
    }

    @POST
    @Path("{id}/links")
    public AgreementJson.ProposalOut link(@PathParam("id") long id, AgreementJson.LinkInput input) {
        AgreementJson.LinkInput in = AgreementsResource.required(input);
        return json(desk.link(id, in.agreementId(), AgreementJson.links(in.targets())));
    }

    private AgreementJson.ProposalOut json(Proposal p) {
        return AgreementJson.of(p, ProposalDesk.readsAll(user), user.organizationCode());
    }
}
