package vn.hoalac.portal.interfaces.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.Failures;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.RefusalException;
import vn.hoalac.portal.domain.model.RuleViolation;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a page action and turns a refusal of the application layer into a message on the page, so that nothing the
 * user typed is lost to an error page: the form stays as it was. A problem with one field is shown next to that
 * field's input (the input whose id is the field's API name, with a {@code <p:message for="…">}), in words only; a
 * problem with no such input on the page is a message at the top that starts with the field's label.
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
            invalid(e);
        } catch (ConflictException e) {
            error(text("common.conflict"), text(e.message()));
        } catch (RuleViolation e) {
            error(text("common.conflict"), RuleMessages.text(bundle(), e));
        } catch (AccessDeniedException e) {
            vn.hoalac.portal.application.audit.Refusals.record("page action: " + RuleMessages.forAudit(e.message()));
            error(text("common.denied"), text(e.message()));
        } catch (NotFoundException e) {
            error(text(e.message()), null); // "Không tìm thấy dự thảo lần 7 …" says it is not found, once
        } catch (vn.hoalac.portal.application.TooManyRequestsException e) {
            error(text(e.message()), null);
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

    /**
     * Says what is wrong with the input: each problem next to its field's input when the page has one with a message
     * for it (the input marked invalid), else at the top, one message each, starting with the field's label; the
     * refusal's own sentence at the top, first.
     */
    public static void invalid(InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Placed message : place(bundle(), e, field -> inputFor(faces, field))) {
            if (message.clientId() == null) {
                error(message.text(), null);
            } else {
                faces.addMessage(message.clientId(), new FacesMessage(FacesMessage.SEVERITY_ERROR, message.text(), message.text()));
            }
        }
    }

    /** A message and where it goes: the client id of the input it belongs next to, null for the page's top messages. */
    record Placed(String clientId, String text) {
    }

    /**
     * Where each message of a refusal goes, in order: each problem whose field has an input ({@code inputs}) beside
     * it in words only; then, at the top, the refusal's own sentence and each other problem headed by its field's
     * label.
     */
    static List<Placed> place(ResourceBundle bundle, InvalidInputException e, Function<String, Optional<String>> inputs) {
        List<Placed> beside = new ArrayList<>();
        List<Placed> top = new ArrayList<>();
        top.add(new Placed(null, RuleMessages.text(bundle, e.message())));
        for (Problem problem : e.problems()) {
            Optional<String> input = inputs.apply(problem.field());
            if (input.isPresent()) {
                beside.add(new Placed(input.get(), RuleMessages.text(bundle, problem)));
            } else {
                top.add(new Placed(null, RuleMessages.labelled(bundle, problem)));
            }
        }
        beside.addAll(top);
        return beside;
    }

    /**
     * A refusal in one line, for a place that has no field to put it next to (an upload's row, a search's notice): the
     * refusal's sentence and, for bad input, each problem with its field's label, but for the file's own (the line is
     * about that file already, and its sentence says what is wrong with it).
     */
    public static String text(RefusalException e) {
        ResourceBundle bundle = bundle();
        String text = RuleMessages.text(bundle, e.message());
        List<Problem> problems = e instanceof InvalidInputException invalid
                ? invalid.problems().stream().filter(p -> !p.field().equals("file")).toList() : List.of();
        return problems.isEmpty() ? text
                : text + ": " + problems.stream().map(p -> RuleMessages.labelled(bundle, p)).collect(Collectors.joining("; "));
    }

    /** Each problem of a refusal with its field's label ("Phiên bản: …"), for a list of them beside a table. */
    public static List<String> problems(InvalidInputException e) {
        ResourceBundle bundle = bundle();
        return e.problems().isEmpty() ? List.of(RuleMessages.text(bundle, e.message()))
                : e.problems().stream().map(p -> RuleMessages.labelled(bundle, p)).toList();
    }

    /** A message of the application in the page's language. */
    public static String text(Message message) {
        return RuleMessages.text(bundle(), message);
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

    /**
     * The client id of the input of the current view whose id is {@code field} and that has a message component for
     * it; the one the request submitted when several rows repeat it (marked invalid), empty when there is none.
     */
    static Optional<String> inputFor(FacesContext faces, String field) {
        if (faces.getViewRoot() == null || !field.matches("[A-Za-z][\\w-]*")) {
            return Optional.empty();
        }
        Set<String> submitted = faces.getExternalContext().getRequestParameterMap().keySet();
        Set<VisitHint> rendered = Set.of(VisitHint.SKIP_UNRENDERED);
        AtomicReference<Boolean> shown = new AtomicReference<>(false);
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null, rendered), (context, component) -> {
            if (component instanceof UIMessage message && field.equals(message.getFor())) {
                shown.set(true);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        if (!shown.get()) {
            return Optional.empty();
        }
        String source = faces.getExternalContext().getRequestParameterMap().getOrDefault("jakarta.faces.source", "");
        Map<String, EditableValueHolder> found = new LinkedHashMap<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null, rendered), (context, component) -> {
            if (field.equals(component.getId()) && component instanceof EditableValueHolder input) {
                found.put(component.getClientId(faces), input);
            }
            return VisitResult.ACCEPT;
        });
        Optional<String> nearest = nearest(List.copyOf(found.keySet()), submitted, source);
        nearest.filter(id -> sent(id, submitted)).ifPresent(id -> markInvalid(faces, id, found.get(id)));
        return nearest;
    }

    /**
     * Marks a refused input invalid and keeps what the user typed in it. Its value already reached the bean (the
     * application refused it after the model was updated), so the input holds no submitted value any more, and marking
     * it invalid leaves an empty one, which PrimeFaces draws as an empty field. Giving it back what the browser sent
     * for it, after marking it, makes it draw the typed text, exactly as a refusal of Faces' own validators does.
     */
    private static void markInvalid(FacesContext faces, String clientId, EditableValueHolder input) {
        input.setValid(false);
        Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
        String typed = sent.containsKey(clientId) ? sent.get(clientId) : sent.get(clientId + "_input");
        if (typed != null) {
            input.setSubmittedValue(typed);
        }
    }

    /**
     * Of the inputs with a field's id (their client ids in the page's order), the one its problem goes next to: of those
     * the request sent, the one nearest the button pressed ({@code source}: a comment's edit form, not the new
     * comment's form beside it in the same form), by the longest client id prefix they share; when none was sent, the
     * first; empty when there is none.
     */
    static Optional<String> nearest(List<String> inputs, Set<String> submitted, String source) {
        Optional<String> nearest = inputs.stream().filter(id -> sent(id, submitted))
                .max(Comparator.comparingInt(id -> sharedPrefix(id, source)));
        return nearest.isPresent() ? nearest : inputs.stream().findFirst();
    }

    /** Whether the request carried the input (a PrimeFaces input may send itself as {@code id_input}, {@code id_hinput}...). */
    private static boolean sent(String clientId, Set<String> submitted) {
        return submitted.stream().anyMatch(p -> p.equals(clientId) || p.startsWith(clientId + "_"));
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /**
     * The portal's messages in the page's language: the one the user chose ({@link LocaleSelection}), not the view's,
     * which before the page is built (a view action of a GET) is still the browser's Accept-Language.
     */
    private static ResourceBundle bundle() {
        Locale chosen;
        try {
            chosen = jakarta.enterprise.inject.spi.CDI.current().select(LocaleSelection.class).get().getLocale();
        } catch (RuntimeException noSession) {
            FacesContext faces = FacesContext.getCurrentInstance();
            return faces.getApplication().getResourceBundle(faces, "msg");
        }
        return RuleMessages.bundle(chosen);
    }
}
