package vn.hoalac.portal.interfaces.web.error;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import vn.hoalac.portal.application.DatabaseUnavailableException;
import vn.hoalac.portal.application.Failures;

/**
 * OmniFaces' FullAjaxExceptionHandler (an Ajax request that fails shows the error page too), which also recognises
 * a database outage under any wrapping, like {@link OutageTranslationFilter} does for full page requests.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()) {
            @Override
            protected Throwable findExceptionRootCause(FacesContext context, Throwable exception) {
                if (Failures.isDatabaseOutage(exception)) {
                    return new DatabaseUnavailableException(exception);
                }
                return super.findExceptionRootCause(context, exception);
            }
        };
    }
}
