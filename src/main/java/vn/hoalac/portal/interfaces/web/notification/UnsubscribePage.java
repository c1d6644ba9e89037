package vn.hoalac.portal.interfaces.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.mail.NotificationPreferences;

import java.util.Optional;

/**
 * The landing page of an e-mail's unsubscribe link ({@code /unsubscribe?token=…}, {@link UnsubscribeServlet}), opened
 * without a login. Opening the link asks; the confirmation (a POST of the token) turns the e-mails of its user off (the
 * bell stays) and says so; a bad or old token is said plainly. Either way it leads to the preferences page (which asks
 * for the login).
 */
@Named
@RequestScoped
public class UnsubscribePage {

    /** The request attribute {@link UnsubscribeServlet} sets when the token was POSTed: the user confirmed. */
    static final String CONFIRMED = UnsubscribePage.class.getName() + ".confirmed";

    @Inject
    NotificationPreferences preferences;

    private Optional<String> who;

    private Optional<String> who() {
        if (who == null) {
            var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            if (faces.getExternalContext().getRequestMap().get(CONFIRMED) == null) {
                return Optional.empty(); // a GET (a HEAD) only asks: nothing is changed until the token is POSTed
            }
            String token = faces.getExternalContext().getRequestParameterMap().get("token");
            try {
                who = Optional.of(preferences.unsubscribe(token));
            } catch (NotFoundException badToken) {
                who = Optional.empty();
            }
        }
        return who;
    }

    /** Opened from the link and not confirmed yet: the page asks, with the token in its form. */
    public boolean isAsking() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        String token = external.getRequestParameterMap().get("token");
        return external.getRequestMap().get(CONFIRMED) == null && token != null && !token.isBlank();
    }

    /** The token the link carried, for the confirmation's form. */
    public String getToken() {
        String token = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        return token == null ? "" : token;
    }

    public boolean isDone() {
        return who().isPresent();
    }

    /** The user whose e-mails were turned off (their user name: the page is seen without a login). */
    public String getWho() {
        return who().orElse("");
    }
}
