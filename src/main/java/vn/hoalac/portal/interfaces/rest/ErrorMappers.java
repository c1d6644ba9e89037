package vn.hoalac.portal.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.TooManyRequestsException;
import vn.hoalac.portal.domain.model.RuleViolation;
import vn.hoalac.portal.domain.model.document.ContentTooLargeException;
import vn.hoalac.portal.domain.model.plan.StaleDraftException;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API answers JSON with a clear message; no stack trace ever leaves the server. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    /** An error answer with {@code message} in the first of {@code acceptable} languages the portal speaks. */
    static Response json(int status, List<Locale> acceptable, Message message, List<Problem> problems) {
        ResourceBundle bundle = RuleMessages.bundle(RuleMessages.language(acceptable));
        String text = RuleMessages.text(bundle, message);
        ErrorResponse body = new ErrorResponse(text, text, message.key(),
                problems.stream().map(p -> RuleMessages.detail(bundle, p)).toList(),
                problems.stream().map(p -> new ErrorResponse.FieldProblem(p.field(), p.message().key(), RuleMessages.text(bundle, p))).toList());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    static Response json(int status, List<Locale> acceptable, Message message) {
        return json(status, acceptable, message, List.of());
    }

    /**
     * The one mapper of the API's failures: a refusal or bad input becomes its status with a clear message, a database
     * outage a 503, anything else a logged 500 without details.
     */
    @Provider
    public static class Failures implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Failures.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            List<Locale> languages = languages();
            return switch (e) {
                case WebApplicationException w -> json(w.getResponse().getStatus(), languages, messageFor(w.getResponse().getStatus()));
                case AccessDeniedException denied -> {
                    vn.hoalac.portal.application.audit.Refusals.record("API: " + RuleMessages.forAudit(denied.message()));
                    yield json(403, languages, denied.message());
                }
                case NotFoundException notFound -> json(404, languages, notFound.message());
                case ConflictException conflict -> json(409, languages, conflict.message());
                case RuleViolation violation -> {
                    ResourceBundle bundle = RuleMessages.bundle(RuleMessages.language(languages));
                    String text = RuleMessages.text(bundle, violation);
                    yield Response.status(409).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                            .entity(new ErrorResponse(violation.key(), text)).build();
                }
                case InvalidInputException invalid -> json(400, languages, invalid.message(), invalid.problems());
                case StaleDraftException stale -> json(409, languages, new Message("error.staleDraft",
                        stale.changedBy(), stale.changedAt(), stale.currentRevision()));
                case jakarta.ws.rs.ProcessingException unreadable -> json(400, languages, new Message("error.jsonUnreadable"));
                case jakarta.json.bind.JsonbException unreadable -> json(400, languages, new Message("error.jsonUnreadable"));
                case TooManyRequestsException tooMany ->
                        Response.fromResponse(json(429, languages, tooMany.message())).header("Retry-After", tooMany.retryAfterSeconds()).build();
                case ContentTooLargeException tooLarge -> json(413, languages, new Message("error.fileTooLarge", tooLarge.limit() / (1024 * 1024)));
                default -> unexpected(e, languages);
            };
        }

        private Response unexpected(RuntimeException e, List<Locale> languages) {
            if (e.getCause() instanceof RuntimeException cause && e.getClass().getName().startsWith("jakarta.transaction")) {
                return toResponse(cause); // @Transactional wraps what a use case threw
            }
            if (vn.hoalac.portal.application.Failures.isConcurrentChange(e)) {
                return json(409, languages, new Message("error.concurrentChange"));
            }
            if (vn.hoalac.portal.application.Failures.isDatabaseOutage(e)) {
                LOG.log(Level.WARNING, "API call failed: the database cannot be reached ({0})", String.valueOf(e));
                return Response.fromResponse(json(503, languages, new Message("error.databaseUnavailable")))
                        .header("Retry-After", "30").build();
            }
            LOG.log(Level.SEVERE, "unexpected failure of an API call", e);
            return json(500, languages, new Message("error.server"));
        }

        private List<Locale> languages() {
            return ApiLanguage.acceptable(headers);
        }

        private static Message messageFor(int status) {
            return new Message(switch (status) {
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 415 -> "error.unsupportedMediaType";
                default -> status >= 500 ? "error.server" : "error.badRequest";
            });
        }
    }
}
