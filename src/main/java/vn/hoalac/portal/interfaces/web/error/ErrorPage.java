package vn.hoalac.portal.interfaces.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.hoalac.portal.application.PortalTime;

import java.time.ZonedDateTime;

/** Helpers of the error pages: the right status code, and a time the user can quote to the administrators. */
@Named
@RequestScoped
public class ErrorPage {

    /** The response header naming an error page's kind for the page's scripts. */
    public static final String KIND_HEADER = "X-Portal-Error";

    /**
     * Sets the response status (an error page reached by exception type would otherwise answer 500) and, when the page
     * names its kind, the {@value #KIND_HEADER} header: a page whose ajax request is answered with an error status keeps
     * its own content (PrimeFaces draws nothing of the answer), and its script tells the person from that header what
     * happened (js/portal.js: a page that expired on the server must be reloaded; trying again would not help).
     */
    public String respond(int status, String kind) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(status);
            if (kind != null && !kind.isEmpty()) {
                faces.getExternalContext().setResponseHeader(KIND_HEADER, kind);
            }
        }
        if (status == 403) {
            Object uri = faces.getExternalContext().getRequestMap().get(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
            vn.hoalac.portal.application.audit.Refusals.record("page: " + (uri == null ? "?" : uri));
        }
        return "";
    }

    public String getTime() {
        return ZonedDateTime.now(PortalTime.HANOI).format(PortalTime.DATE_TIME_SECONDS);
    }
}
