package vn.hoalac.portal.interfaces.rest;

import jakarta.ws.rs.core.Response;
import vn.hoalac.portal.interfaces.SafeFilename;

/** Every file the API hands out (document versions, exports): an attachment under the download policy, never sniffed. */
public final class Downloads {

    private Downloads() {
    }

    public static Response.ResponseBuilder attachment(Object body, String type, String filename) {
        return Response.ok(body, type)
                .header("Content-Disposition", SafeFilename.contentDisposition(filename))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SafeFilename.DOWNLOAD_POLICY);
    }
}
