package vn.hoalac.portal.application.people;

import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.List;

/**
 * The port to the identity provider's own directory of accounts (Keycloak's admin API): who holds a portal role, so
 * that people who never signed in are known and notified.
 */
public interface AccountDirectory {

    /**
     * Every enabled account holding the realm role, with its name, organization, e-mail and locale.
     *
     * @throws DirectoryUnavailableException when the directory cannot be read now (down, refused, misconfigured)
     */
    List<Person> holders(Role role);

    /** The directory could not be read; the sync tries again later. */
    class DirectoryUnavailableException extends RuntimeException {
        public DirectoryUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
