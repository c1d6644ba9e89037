package vn.hoalac.portal.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.domain.model.document.ContentTooLargeException;
import vn.hoalac.portal.infrastructure.persistence.DatabaseOutage;

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

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return json(403, e.getMessage());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return json(404, e.getMessage());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return json(409, e.getMessage());
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ErrorResponse(e.getMessage(), e.details())).build();
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<ContentTooLargeException> {
        @Override
        public Response toResponse(ContentTooLargeException e) {
            return json(413, "Tệp vượt quá giới hạn " + (e.limit() / (1024 * 1024)) + " MB");
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String message = switch (status) {
                case 404 -> "Không tìm thấy";
                case 405 -> "Phương thức không được hỗ trợ";
                case 415 -> "Kiểu nội dung không được hỗ trợ";
                default -> status >= 500 ? "Lỗi máy chủ" : "Yêu cầu không hợp lệ";
            };
            return json(status, message);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException w) {
                return new WebApplication().toResponse(w);
            }
            if (e instanceof AccessDeniedException denied) {
                return new AccessDenied().toResponse(denied);
            }
            if (e instanceof NotFoundException notFound) {
                return new NotFound().toResponse(notFound);
            }
            if (e instanceof ConflictException conflict) {
                return new Conflict().toResponse(conflict);
            }
            if (e instanceof InvalidInputException invalid) {
                return new InvalidInput().toResponse(invalid);
            }
            if (e instanceof ContentTooLargeException tooLarge) {
                return new TooLarge().toResponse(tooLarge);
            }
            if (e.getCause() instanceof RuntimeException cause && e.getClass().getName().startsWith("jakarta.transaction")) {
                return toResponse(cause); // @Transactional wraps what a use case threw
            }
            if (DatabaseOutage.isCauseOf(e)) {
                LOG.log(Level.WARNING, "API call failed: the database cannot be reached ({0})", String.valueOf(e));
                return Response.fromResponse(json(503, "Không kết nối được cơ sở dữ liệu, vui lòng thử lại sau ít phút"))
                        .header("Retry-After", "30").build();
            }
            LOG.log(Level.SEVERE, "unexpected failure of an API call", e);
            return json(500, "Lỗi máy chủ, vui lòng thử lại sau");
        }
    }
}
