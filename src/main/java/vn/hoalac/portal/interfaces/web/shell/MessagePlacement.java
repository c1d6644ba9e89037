package vn.hoalac.portal.interfaces.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.dialog.Dialog;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Puts each message where its reader looks, just before the page is written (registered in faces-config.xml):
 * <ul>
 * <li>a field's message stays with the field, shown once by the {@code p:message} beside it (the page's messages show
 * only messages of no field); a message for a field whose form has no message component for it goes to the page's
 * messages, so that nothing is lost;</li>
 * <li>the messages of an action started inside a dialog go into that dialog ({@code p:messages for="dialog"
 * forType="key"}), not to the page's messages behind its overlay.</li>
 * </ul>
 */
public class MessagePlacement implements PhaseListener {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The key the messages of a dialog are kept under: each dialog's {@code p:messages for="dialog" forType="key"}. */
    public static final String DIALOG = "dialog";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot root = faces.getViewRoot();
        if (root == null || !faces.getMessages().hasNext()) {
            return;
        }
        List<String> clientIds = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(clientIds::add);
        for (String clientId : clientIds) {
            if (clientId != null && !DIALOG.equals(clientId) && !shownBeside(faces, root, clientId)) {
                move(faces, clientId, null, true);
            }
        }
        if (faces.getPartialViewContext().isAjaxRequest() && insideDialog(faces, root)) {
            move(faces, null, DIALOG, false);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the messages are written by the page
    }

    /** Whether the field's form has a message component for it (a p:message beside it, or a p:messages for it). */
    private static boolean shownBeside(FacesContext faces, UIViewRoot root, String clientId) {
        boolean[] shown = {false};
        try {
            root.invokeOnComponent(faces, clientId, (context, component) -> {
                UIComponent form = component;
                while (form.getParent() != null && !(form instanceof jakarta.faces.component.UIForm)) {
                    form = form.getParent();
                }
                shown[0] = targets(form, component.getId());
            });
        } catch (RuntimeException notFound) {
            // an id no component has (a problem of the application named by a key): shown with the page's messages
        }
        return shown[0];
    }

    private static boolean targets(UIComponent tree, String id) {
        String target = tree instanceof UIMessage message ? message.getFor()
                : tree instanceof jakarta.faces.component.UIMessages messages ? messages.getFor() : null;
        if (id.equals(target)) {
            return true;
        }
        for (Iterator<UIComponent> it = tree.getFacetsAndChildren(); it.hasNext(); ) {
            if (targets(it.next(), id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the request came from a component inside a dialog that shows its own messages ({@code p:messages for="dialog"}). */
    private static boolean insideDialog(FacesContext faces, UIViewRoot root) {
        String source = faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        if (source == null) {
            return false;
        }
        boolean[] inside = {false};
        try {
            root.invokeOnComponent(faces, source, (context, component) -> {
                for (UIComponent c = component; c != null; c = c.getParent()) {
                    if (c instanceof Dialog) {
                        // only a dialog that shows messages keeps them; a confirmation closes and the page says them
                        inside[0] = targets(c, DIALOG);
                        return;
                    }
                }
            });
        } catch (RuntimeException notFound) {
            return false;
        }
        return inside[0];
    }

    /** Moves the messages of {@code from} to {@code to}; {@code once}: a field's summary and detail become one sentence. */
    private static void move(FacesContext faces, String from, String to, boolean once) {
        List<FacesMessage> moved = new ArrayList<>();
        for (Iterator<FacesMessage> it = faces.getMessages(from); it.hasNext(); ) {
            FacesMessage m = it.next();
            String text = m.getDetail() == null || m.getDetail().isBlank() ? m.getSummary() : m.getDetail();
            moved.add(once ? new FacesMessage(m.getSeverity(), text, "") : m);
            it.remove();
        }
        moved.forEach(m -> faces.addMessage(to, m));
    }
}
