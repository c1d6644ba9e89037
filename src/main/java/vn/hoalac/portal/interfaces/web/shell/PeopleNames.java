package vn.hoalac.portal.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.OrganizationDirectory;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.identity.Person;

import java.util.Optional;

/**
 * How the pages name people: "Nguyễn Văn Soạn (BQL)" for the user name a record stores, with the organization's name
 * and the user name on hover; someone the portal never saw is shown by their user name. The directory caches the
 * entries, so a list's rows cost a map lookup each once its people were read.
 */
@Named("people")
@RequestScoped
public class PeopleNames {

    @Inject
    PeopleDirectory directory;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    LocaleSelection locale;

    /** The person's name alone (where the organization is shown beside it already). */
    public String name(String username) {
        return directory.nameOf(username);
    }

    /** The person's name and organization code: "Nguyễn Văn Soạn (BQL)". */
    public String withOrganization(String username) {
        Optional<Person> person = directory.find(username);
        if (person.isEmpty()) {
            return username == null ? "" : username;
        }
        String code = person.get().organizationCode();
        return code == null ? person.get().name() : person.get().name() + " (" + code + ")";
    }

    /** For a tooltip: the organization's name in the page's language and the user name ("… · bql.soan"). */
    public String details(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String code = directory.find(username).map(Person::organizationCode).orElse(null);
        return code == null ? username : organizations.nameOf(code, locale.getLanguage()) + " · " + username;
    }
}
