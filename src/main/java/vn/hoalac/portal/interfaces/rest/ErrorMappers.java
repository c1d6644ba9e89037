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
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.domain.model.RuleViolation;
import vn.hoalac.portal.domain.model.document.ContentTooLargeException;
import vn.hoalac.portal.domain.model.plan.StaleDraftException;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API answers JSON with a clear message; no stack trace ever leaves the server. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ErrorResponse.of(message)).build();
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
            return switch (e) {
                case WebApplicationException w -> json(w.getResponse().getStatus(), messageFor(w.getResponse().getStatus()));
                case AccessDeniedException denied -> {
                    vn.hoalac.portal.application.audit.Refusals.record("API: " + denied.getMessage());
                    yield json(403, denied.getMessage());
                }
                case NotFoundException notFound -> json(404, notFound.getMessage());
                case ConflictException conflict -> json(409, conflict.getMessage());
                case RuleViolation violation -> Response.status(409).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .entity(new ErrorResponse(RuleMessages.text(RuleMessages.bundle(language()), violation), List.of(), violation.key()))
                        .build();
                case InvalidInputException invalid -> Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .entity(new ErrorResponse(invalid.getMessage(), invalid.details())).build();
                case StaleDraftException stale -> json(409, "Bản dự thảo đã được " + stale.changedBy() + " sửa lúc "
                        + stale.changedAt().atZoneSameInstant(PortalTime.HANOI).format(PortalTime.DATE_TIME_SECONDS) + " (revision " + stale.currentRevision()
                        + "); thay đổi của bạn chưa được lưu, hãy đọc lại bản mới rồi sửa tiếp");
                case jakarta.ws.rs.ProcessingException unreadable -> json(400, "Nội dung JSON của yêu cầu không hợp lệ");
                case jakarta.json.bind.JsonbException unreadable -> json(400, "Nội dung JSON của yêu cầu không hợp lệ");
                case vn.hoalac.portal.application.TooManyRequestsException tooMany ->
                        Response.fromResponse(json(429, tooMany.getMessage())).header("Retry-After", tooMany.retryAfterSeconds()).build();
                case ContentTooLargeException tooLarge -> json(413, "Tệp vượt quá giới hạn " + (tooLarge.limit() / (1024 * 1024)) + " MB");
                default -> unexpected(e);
            };
        }

        private Response unexpected(RuntimeException e) {
            if (e.getCause() instanceof RuntimeException cause && e.getClass().getName().startsWith("jakarta.transaction")) {
                return toResponse(cause); // @Transactional wraps what a use case threw
            }
            if (vn.hoalac.portal.application.Failures.isConcurrentChange(e)) {
                return json(409, "Dữ liệu vừa được người khác thay đổi cùng lúc; hãy tải lại rồi thử lại");
            }
            if (vn.hoalac.portal.application.Failures.isDatabaseOutage(e)) {
                LOG.log(Level.WARNING, "API call failed: the database cannot be reached ({0})", String.valueOf(e));
                return Response.fromResponse(json(503, "Không kết nối được cơ sở dữ liệu, vui lòng thử lại sau ít phút"))
                        .header("Retry-After", "30").build();
            }
            LOG.log(Level.SEVERE, "unexpected failure of an API call", e);
            return json(500, "Lỗi máy chủ, vui lòng thử lại sau");
        }

        /** The caller's language by Accept-Language: Vietnamese unless they prefer English. */
        private Locale language() {
            try {
                return RuleMessages.language(headers == null ? List.of() : headers.getAcceptableLanguages());
            } catch (RuntimeException unreadable) { // a malformed header or no request at hand
                return RuleMessages.language(List.of());
            }
        }

        private static String messageFor(int status) {
            return switch (status) {
                case 404 -> "Không tìm thấy";
                case 405 -> "Phương thức không được hỗ trợ";
                case 415 -> "Kiểu nội dung không được hỗ trợ";
                default -> status >= 500 ? "Lỗi máy chủ" : "Yêu cầu không hợp lệ";
            };
        }
    }
}
