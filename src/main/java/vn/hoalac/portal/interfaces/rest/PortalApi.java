package vn.hoalac.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * The REST API (contract in design/API.md, what is implemented in docs/api.md); every call needs a bearer access token
 * of the realm. Its reference is the MicroProfile OpenAPI document Payara Micro builds from the annotations of the
 * resources and serves at {@code /openapi} (public, like {@code /health}: it describes the calls, holds no data and no
 * secret). Jersey's generated WADL ({@code /api/application.wadl}) is switched off: one description, not two.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Hòa Lạc planning portal API", version = "1.0", description = PortalApi.DESCRIPTION),
        security = @SecurityRequirement(name = PortalApi.BEARER),
        tags = {
                @Tag(name = "Identity", description = "The caller as the portal sees them"),
                @Tag(name = "Documents", description = "The document library: uploads, versions, extracted text"),
                @Tag(name = "Search", description = "Search over documents, plans, comments, agreements, proposals and opinions"),
                @Tag(name = "Plans", description = "Development plans: drafting, versions, review, decision, seal, progress"),
                @Tag(name = "Agreements", description = "The cooperation agreements register"),
                @Tag(name = "Proposals", description = "Proposals of the universities and the park, their review and decision"),
                @Tag(name = "Audit", description = "The append-only audit trail (administrators and the committee)"),
                @Tag(name = "Administration", description = "Extraction and search index upkeep (administrators)"),
                @Tag(name = "Notifications", description = "The caller's notifications and the records they follow")},
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = PortalApi.BEARER, type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "An access token of the Keycloak realm `hoalac` issued to one of the portal's clients "
                                + "(`portal`, and those named in `OIDC_API_CLIENTS`, by default `portal-cli`), sent as "
                                + "`Authorization: Bearer <token>`. ID tokens, tokens of other clients and the browser's "
                                + "session cookie are refused with 401."),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "Invalid input: a missing or malformed field, an unknown code, a bad page or size; `problems` names each field with its `code` and `message`, `details` as texts",
                                content = @Content(mediaType = PortalApi.JSON, schema = @Schema(implementation = ErrorResponse.class))),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "No access token, or one that is expired, tampered with, an ID token or of another client",
                                headers = @Header(name = "WWW-Authenticate", description = "`Bearer`", schema = @Schema(type = SchemaType.STRING)),
                                content = @Content(mediaType = PortalApi.JSON, schema = @Schema(implementation = ErrorResponse.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The caller's role or organization may not do this (the refusal is written to the audit trail)",
                                content = @Content(mediaType = PortalApi.JSON, schema = @Schema(implementation = ErrorResponse.class))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "No such record, or one the caller may not see (the answer is the same, so ids reveal nothing)",
                                content = @Content(mediaType = PortalApi.JSON, schema = @Schema(implementation = ErrorResponse.class))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "A stale revision or version, or a record in a state that does not allow this",
                                content = @Content(mediaType = PortalApi.JSON, schema = @Schema(implementation = ErrorResponse.class))),
                        @APIResponse(name = "TooLarge", responseCode = "413",
                                description = "A file over the upload limit (`UPLOAD_MAX_BYTES`) or a JSON body over 2 MB",
                                content = @Content(mediaType = PortalApi.JSON, schema = @Schema(implementation = ErrorResponse.class))),
                        @APIResponse(name = "TooManyRequests", responseCode = "429",
                                description = "The caller's per-minute limit is reached",
                                headers = @Header(name = "Retry-After", description = "seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
                                content = @Content(mediaType = PortalApi.JSON, schema = @Schema(implementation = ErrorResponse.class)))}))
public class PortalApi extends Application {

    static final String BEARER = "bearer";
    static final String JSON = "application/json";

    static final String DESCRIPTION = """
            The REST API of the Hòa Lạc planning portal. JSON in UTF-8; timestamps ISO-8601 with offset, dates `YYYY-MM-DD`.

            **Authentication.** Every call needs `Authorization: Bearer <access token>` of the Keycloak realm `hoalac` \
            (token endpoint `<issuer>/protocol/openid-connect/token`); the browser's session is never accepted here. \
            Without a valid token: 401 with `WWW-Authenticate: Bearer`, never a redirect to a login page.

            **Errors** answer `{"message": "...", "code": "...", "details": [...], "problems": [{"field", "code", "message"}]}`, \
            `message` in the language of `Accept-Language` (Vietnamese unless English is preferred), `code` a stable key \
            the same in every language (`error` repeats `message` for older clients): 400 invalid input, 401 no valid token, 403 a role or \
            organization that may not, 404 unknown or not visible to the caller, 409 stale revision or wrong state, \
            413 too large, 429 rate limit (with `Retry-After`), 503 the database cannot be reached (with `Retry-After`). \
            Bad input is never a 500.

            **Lists** are paged: `?page=0&size=20` answers `{"total": n, "items": [...]}`, `total` the exact number of \
            items of the whole list. `page` counts from 0, `size` from 1 to the list's maximum, `page × size` at most \
            100000; a value out of these limits or not a whole number is a 400.

            **Created** records answer 201 with a `Location` header and the record.
            """;

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
