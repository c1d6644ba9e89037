package vn.hoalac.portal.interfaces.web.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.domain.model.plan.StaleDraftException;
import vn.hoalac.portal.interfaces.web.shell.Formats;
import vn.hoalac.portal.interfaces.web.shell.PageActions;
import vn.hoalac.portal.interfaces.web.shell.PeopleNames;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one answer of the plan page to a change of the working copy made from a revision someone else has saved over
 * meanwhile ({@link StaleDraftException}): the page says who and when, the part's form is marked with it
 * ("who · when") and keeps what the user typed. Every other refusal is {@link PageActions}'.
 */
@ApplicationScoped
public class StaleDrafts {

    @Inject
    Formats formats;

    @Inject
    PeopleNames people;

    /**
     * Runs a change like {@link PageActions#attempt(Runnable)} does.
     *
     * @param markStale told "who · when" when the change is refused as stale
     * @param editKept  whether the user's edit stays in the form (the message then says so)
     * @return whether the change was made
     */
    public boolean attempt(Runnable change, Consumer<String> markStale, boolean editKept) {
        return attemptAndGet(() -> {
            change.run();
            return Boolean.TRUE;
        }, markStale, editKept).isPresent();
    }

    /** {@link #attempt(Runnable, Consumer, boolean)} for a change that answers something: empty when refused. */
    public <T> Optional<T> attemptAndGet(Supplier<T> change, Consumer<String> markStale, boolean editKept) {
        try {
            return PageActions.attemptAndGet(change);
        } catch (StaleDraftException e) {
            String when = formats.dateTime(e.changedAt());
            String who = people.withOrganization(e.changedBy());
            markStale.accept(who + " · " + when);
            PageActions.error(PageActions.text("plan.stale", who, when), editKept ? PageActions.text("plan.staleKeep") : null);
            return Optional.empty();
        }
    }
}
