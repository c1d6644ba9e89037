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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.agreement.AgreementRegister;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.CooperationField;
import vn.hoalac.portal.interfaces.rest.Downloads;
import vn.hoalac.portal.interfaces.rest.PageRequest;
import vn.hoalac.portal.interfaces.rest.Paged;

/** The agreements register API (design/API.md, Agreements); a university sees only agreements it is party to. */
@Path("/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class AgreementsResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AgreementRegister register;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The register", description = "The park and the committee see every agreement, a university those it "
            + "is party to; administrators are refused.")
    @APIResponse(responseCode = "200", description = "One page of agreements")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Paged<AgreementJson.AgreementOut> list(
            @Parameter(description = "status", schema = @Schema(enumeration = {"DRAFT", "NEGOTIATING", "ACTIVE", "EXPIRING", "EXPIRED", "TERMINATED"}))
            @QueryParam("status") String status,
            @Parameter(description = "a party, by organization code") @QueryParam("organization") String organization,
            @Parameter(description = "a field of cooperation", schema = @Schema(enumeration = {"RESEARCH", "TRAINING", "INCUBATION", "SHARED_LAB", "TECH_TRANSFER", "EVENTS"}))
            @QueryParam("field") String field,
            @Parameter(description = "ends before this day (YYYY-MM-DD)") @QueryParam("endsBefore") String endsBefore,
            @Parameter(description = "sort field", schema = @Schema(enumeration = {"number", "title", "status", "effectiveTo", "updatedAt"}, defaultValue = "effectiveTo"))
            @QueryParam("sort") String sort,
            @Parameter(description = "ascending order (default true)") @QueryParam("asc") Boolean ascending,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "agreements per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20, 200);
        return Paged.of(register.list(organization,
                AgreementJson.enumValue(AgreementStatus.class, status, "status"),
                AgreementJson.enumValue(CooperationField.class, field, "field"),
                AgreementJson.date(endsBefore, "endsBefore"), sort, ascending == null || ascending,
                request.first(), request.size()), AgreementJson::of);
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The register as a spreadsheet", description = "The same filters and readers as the list, every row.")
    @APIResponse(responseCode = "200", description = "An XLSX attachment",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response export(@Parameter(description = "status") @QueryParam("status") String status,
                           @Parameter(description = "a party, by organization code") @QueryParam("organization") String organization,
                           @Parameter(description = "a field of cooperation") @QueryParam("field") String field,
                           @Parameter(description = "ends before this day (YYYY-MM-DD)") @QueryParam("endsBefore") String endsBefore) {
        AgreementStatus s = AgreementJson.enumValue(AgreementStatus.class, status, "status");
        CooperationField f = AgreementJson.enumValue(CooperationField.class, field, "field");
        var before = AgreementJson.date(endsBefore, "endsBefore");
        register.list(organization, s, f, before, "effectiveTo", true); // refuse before the response starts
        StreamingOutput body = out -> register.export(organization, s, f, before, out);
        return Downloads.attachment(body, XLSX, "so-thoa-thuan.xlsx").build();
    }

    @GET
    @Path("alerts")
    @Operation(summary = "Agreements that need attention", description = "Ending within 90 days, or with an overdue milestone; "
            + "for the park and the universities concerned (empty for others).")
    @APIResponse(responseCode = "200", description = "One page of alerts")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Paged<AgreementRegister.Alert> alerts(
            @Parameter(description = PageRequest.PAGE_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "alerts per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size, 20, 200);
        return Paged.of(register.alerts(request.first(), request.size()));
    }

    @POST
    @Operation(summary = "Register an agreement", description = "The park only; the park (BQL) is always a party. `number` is unique.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "201", description = "The agreement; `Location` is its address",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AgreementJson.AgreementOut.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response create(AgreementJson.AgreementInput input) {
        AgreementJson.AgreementInput in = required(input);
        Agreement agreement = register.register(AgreementJson.details(in), in.documents());
        return Response.created(uriInfo.getBaseUriBuilder().path("agreements").path(String.valueOf(agreement.id())).build())
                .entity(AgreementJson.of(agreement)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An agreement")
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AgreementJson.AgreementOut get(@Parameter(description = "agreement id") @PathParam("id") long id) {
        return AgreementJson.of(register.read(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an agreement", description = "The park only. `version` (from the GET) makes a stale change a 409 that changes nothing.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public AgreementJson.AgreementOut update(@Parameter(description = "agreement id") @PathParam("id") long id, AgreementJson.AgreementInput input) {
        AgreementJson.AgreementInput in = required(input);
        return AgreementJson.of(register.update(id, AgreementJson.details(in), in.documents(), in.version()));
    }

    static <T> T required(T input) {
        if (input == null) {
            throw new InvalidInputException("invalid.noBody");
        }
        return input;
    }
}
