package vn.hoalac.portal.interfaces.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The language of the pages, kept in the session: Vietnamese unless the user picks English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("vi", "en");

    private Locale locale = Locale.forLanguageTag("vi");

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Takes this language for the following pages (ignores anything but vi and en): a link that names its language. */
    public void prefer(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
        }
    }

    /** Switches language and reloads the current page (ignores anything but vi and en). */
    public String switchTo(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
