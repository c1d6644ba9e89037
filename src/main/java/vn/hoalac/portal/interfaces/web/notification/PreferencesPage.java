package vn.hoalac.portal.interfaces.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.hoalac.portal.application.notification.EmailMode;
import vn.hoalac.portal.application.mail.NotificationPreferences;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The notification preferences page: e-mail at once, a daily digest at 07:00 Hanoi time, or none (the stored choice,
 * or the default, IMMEDIATE, when none was made); with the digest, reminders and decisions may still be mailed at
 * once. The address is the identity provider's, shown read-only with where to change it (the Keycloak account).
 */
@Named
@ViewScoped
public class PreferencesPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    NotificationPreferences preferences;

    private EmailMode mode;
    private boolean urgentImmediate;
    private String address;
    private String accountUrl;

    @PostConstruct
    void init() {
        NotificationPreferences.View stored = preferences.mine();
        mode = stored.emailMode();
        urgentImmediate = stored.urgentImmediate();
        address = stored.email();
        // read here, not injected: Payara's configuration values are not passivation capable, so a view-scoped bean
        // (which may travel to another instance) cannot have one injected
        String issuer = ConfigProvider.getConfig().getOptionalValue("oidc.issuer", String.class).orElse("");
        accountUrl = issuer.isBlank() ? null : issuer.replaceAll("/+$", "") + "/account";
    }

    public void save() {
        PageActions.attemptAndGet(() -> preferences.change(mode == null ? null : mode.name(), urgentImmediate)).ifPresent(saved -> {
            mode = saved.emailMode();
            urgentImmediate = saved.urgentImmediate();
            PageActions.info(PageActions.text("preferences.saved"), null);
        });
    }

    public List<EmailMode> getModes() {
        return Arrays.asList(EmailMode.values());
    }

    public EmailMode getMode() { return mode; }
    public void setMode(EmailMode mode) { this.mode = mode; }
    public boolean isUrgentImmediate() { return urgentImmediate; }
    public void setUrgentImmediate(boolean urgentImmediate) { this.urgentImmediate = urgentImmediate; }
    public String getAddress() { return address; }
    public String getAccountUrl() { return accountUrl; }
}
