package vn.hoalac.portal.interfaces.rest.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import vn.hoalac.portal.application.agreement.AgreementRegister;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.CooperationField;
import vn.hoalac.portal.interfaces.rest.Downloads;

import java.util.List;

/** The agreements register API (design/API.md, Agreements); a university sees only agreements it is party to. */
@Path("/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementsResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AgreementRegister register;

    @Context
    UriInfo uriInfo;

    @GET
    public List<AgreementJson.AgreementOut> list(@QueryParam("status") String status, @QueryParam("organization") String organization,
                                                 @QueryParam("field") String field, @QueryParam("endsBefore") String endsBefore,
                                                 @QueryParam("sort") String sort, @QueryParam("asc") Boolean ascending) {
        return register.list(organization,
                        AgreementJson.enumValue(AgreementStatus.class, status, "status"),
                        AgreementJson.enumValue(CooperationField.class, field, "field"),
                        AgreementJson.date(endsBefore, "endsBefore"), sort, ascending == null || ascending)
                .stream().map(AgreementJson::of).toList();
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    public Response export(@QueryParam("status") String status, @QueryParam("organization") String organization,
                           @QueryParam("field") String field, @QueryParam("endsBefore") String endsBefore) {
        AgreementStatus s = AgreementJson.enumValue(AgreementStatus.class, status, "status");
        CooperationField f = AgreementJson.enumValue(CooperationField.class, field, "field");
        var before = AgreementJson.date(endsBefore, "endsBefore");
        register.list(organization, s, f, before, "effectiveTo", true); // refuse before the response starts
        StreamingOutput body = out -> register.export(organization, s, f, before, out);
        return Downloads.attachment(body, XLSX, "so-thoa-thuan.xlsx").build();
    }

    @GET
    @Path("alerts")
    public List<AgreementRegister.Alert> alerts() {
        return register.alerts();
    }

    @POST
    public Response create(AgreementJson.AgreementInput input) {
        AgreementJson.AgreementInput in = required(input);
        Agreement agreement = register.register(AgreementJson.details(in), in.documents());
        return Response.created(uriInfo.getBaseUriBuilder().path("agreements").path(String.valueOf(agreement.id())).build())
                .entity(AgreementJson.of(agreement)).build();
    }

    @GET
    @Path("{id}")
    public AgreementJson.AgreementOut get(@PathParam("id") long id) {
        return AgreementJson.of(register.read(id));
    }

    @PUT
    @Path("{id}")
    public AgreementJson.AgreementOut update(@PathParam("id") long id, AgreementJson.AgreementInput input) {
        AgreementJson.AgreementInput in = required(input);
        return AgreementJson.of(register.update(id, AgreementJson.details(in), in.documents(), in.version()));
    }

    static <T> T required(T input) {
        if (input == null) {
            throw new InvalidInputException("Thiếu nội dung JSON của yêu cầu");
        }
        return input;
    }
}
