package vn.hoalac.portal.interfaces.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.Failures;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.domain.model.RuleViolation;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a page action and turns a refusal of the application layer into a message on the page, so that nothing the
 * user typed is lost to an error page: the form stays as it was.
 */
public final class PageActions {

    private PageActions() {
    }

    /** @return whether the action succeeded */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            error(e.getMessage(), String.join("; ", e.details()));
        } catch (ConflictException e) {
            error(text("common.conflict"), e.getMessage());
        } catch (RuleViolation e) {
            error(text("common.conflict"), RuleMessages.text(bundle(), e));
        } catch (AccessDeniedException e) {
            vn.hoalac.portal.application.audit.Refusals.record("page action: " + e.getMessage());
            error(text("common.denied"), e.getMessage());
        } catch (NotFoundException e) {
            error(text("common.notFound"), e.getMessage());
        } catch (vn.hoalac.portal.application.TooManyRequestsException e) {
            error(e.getMessage(), null);
        } catch (RuntimeException e) {
            if (!Failures.isConcurrentChange(e)) {
                throw e;
            }
            error(text("common.conflict"), text("common.concurrentChange"));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    /**
     * {@link #attempt(Runnable)} for an action that answers something (the record it created, the rows it read).
     *
     * @return what the action answered; empty when it was refused (the page says why)
     */
    public static <T> Optional<T> attemptAndGet(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        return attempt(() -> result.set(action.get())) ? Optional.of(result.get()) : Optional.empty();
    }

    public static void info(String summary, String detail) {
        // a null detail would repeat the summary on the page
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail == null ? "" : detail));
    }

    public static void error(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail == null ? "" : detail));
    }

    /** A message of the page's language, formatted with {@link String#formatted} when arguments are given. */
    public static String text(String key, Object... args) {
        String text = bundle().getString(key);
        return args.length == 0 ? text : text.formatted(args);
    }

    /** The portal's messages in the page's language. */
    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
