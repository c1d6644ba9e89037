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

    /** Sets the response status (an error page reached by exception type would otherwise answer 500). */
    public String respond(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(status);
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
