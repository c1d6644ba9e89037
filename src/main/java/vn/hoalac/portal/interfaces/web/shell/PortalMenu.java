package vn.hoalac.portal.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/** The menu bar of the layout, built for the signed-in user's roles. */
@Named
@RequestScoped
public class PortalMenu {

    @Inject
    PortalUser user;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    public PortalUser getUser() {
        return user;
    }

    /** The user's roles in words of the page's language, e.g. "Ban quản lý (soạn thảo)". */
    public String getRoleLabels() {
        ResourceBundle msg = bundle();
        return String.join(", ", user.sortedRoles().stream().map(r -> msg.getString("role." + r.claim())).toList());
    }

    public boolean hasRole(String claim) {
        return Role.fromClaim(claim).map(user::hasRole).orElse(false);
    }

    private MenuModel build() {
        ResourceBundle msg = bundle();
        DefaultMenuModel menu = new DefaultMenuModel();
        Map<String, DefaultSubMenu> groups = new LinkedHashMap<>();
        for (Navigation.Entry entry : Navigation.entriesFor(user)) {
            DefaultMenuItem item = DefaultMenuItem.builder()
                    .id(entry.id())
                    .value(msg.getString(entry.labelKey()))
                    .icon(entry.icon())
                    .outcome(entry.outcome())
                    .build();
            if (entry.group() == null) {
                menu.getElements().add(item);
            } else {
                groups.computeIfAbsent(entry.group(), g -> {
                    DefaultSubMenu sub = DefaultSubMenu.builder().id(g.replace('.', '-')).label(msg.getString(g)).icon("pi pi-cog").build();
                    menu.getElements().add(sub);
                    return sub;
                }).getElements().add(item);
            }
        }
        return menu;
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
