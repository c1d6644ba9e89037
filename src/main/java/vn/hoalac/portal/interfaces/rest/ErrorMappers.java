package vn.hoalac.portal.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.hoalac.portal.application.AccessDeniedException;
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
