package vn.hoalac.portal.application.people;

import vn.hoalac.portal.domain.model.identity.Member;

import java.util.Collection;
import java.util.Set;

/** The port writing what the identity provider's directory says into the people directory ({@code person}). */
public interface SyncedPeople {

    /** Stores each member (name, organization, e-mail, locale, roles) as enabled and read now ({@code synced_at}), in the caller's transaction. */
    void upsert(Collection<Member> members);

    /** Marks disabled everyone enabled whose user name is not among these (removed, disabled, or without a portal role); how many. */
    int disableAllBut(Set<String> usernames);
}
