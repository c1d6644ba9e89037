package vn.hoalac.portal.interfaces.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.mail.NotificationPreferences;

import java.util.Optional;

/**
 * The landing page of an e-mail's unsubscribe link ({@code /unsubscribe?token=…}, {@link UnsubscribeServlet}), opened
 * without a login: a good token turns the e-mails of its user off (the bell stays) and says so; a bad or old one is
 * said plainly. Either way it leads to the preferences page (which asks for the login).
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    NotificationPreferences preferences;

    private Optional<String> who;

    private Optional<String> who() {
        if (who == null) {
            var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            String token = faces.getExternalContext().getRequestParameterMap().get("token");
            try {
                who = Optional.of(preferences.unsubscribe(token));
            } catch (NotFoundException badToken) {
                who = Optional.empty();
            }
        }
        return who;
    }

    public boolean isDone() {
        return who().isPresent();
    }

    /** The user whose e-mails were turned off (their user name: the page is seen without a login). */
    public String getWho() {
        return who().orElse("");
    }
}
