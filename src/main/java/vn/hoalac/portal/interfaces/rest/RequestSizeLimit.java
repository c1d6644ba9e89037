package vn.hoalac.portal.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON requests are small (drafts, comments, decisions): a JSON body over 2 MB is refused with 413 before it is read.
 * Files go through multipart uploads, limited by {@code upload.max-bytes}.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    static final long MAX_JSON_BYTES = 2L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean json = type != null && type.getSubtype() != null && type.getSubtype().toLowerCase().contains("json");
        if (json && request.getLength() > MAX_JSON_BYTES) {
            drain(request);
            java.util.List<java.util.Locale> languages;
            try {
                languages = request.getAcceptableLanguages();
            } catch (RuntimeException malformed) {
                languages = java.util.List.of();
            }
            request.abortWith(ErrorMappers.json(413, languages, new vn.hoalac.portal.application.Message("error.jsonTooLarge", MAX_JSON_BYTES / (1024 * 1024))));
        }
    }

    /**
     * Reads and throws away what the client is still sending (up to 32 MB), so that it gets the 413 instead of a closed
     * connection; a larger body is cut off.
     */
    private static void drain(ContainerRequestContext request) {
        byte[] buffer = new byte[64 * 1024];
        long left = 32L * 1024 * 1024;
        try (java.io.InputStream in = request.getEntityStream()) {
            int n;
            while (left > 0 && (n = in.read(buffer)) > 0) {
                left -= n;
            }
        } catch (java.io.IOException e) {
            // the client went away: nothing to answer
        }
    }
}
