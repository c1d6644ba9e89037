package vn.hoalac.portal.domain.model.identity;

/**
 * Someone the portal has seen sign in, as the people directory keeps them: how to name them to others. Records store
 * the user name ({@code createdBy}, the audit trail's actor); pages and the API show {@link #name()} beside it.
 *
 * @param displayName Vietnamese order, family name first ("Nguyễn Văn Soạn"); the user name when the token had none
 * @param locale      the language Keycloak knows for them ({@code vi}, {@code en}), or null
 */
public record Person(String username, String displayName, String organizationCode, String email, String locale) {

    public Person {
        displayName = blankToNull(displayName);
        organizationCode = blankToNull(organizationCode);
        email = blankToNull(email);
        locale = blankToNull(locale);
    }

    /** What the signed-in user tells about themselves, as a directory entry. */
    public static Person of(PortalUser user, String locale) {
        return new Person(user.username(), user.displayName(), user.organizationCode(), user.email(), locale);
    }

    /** The name to show: their display name, or their user name when they have none. */
    public String name() {
        return displayName == null ? username : displayName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
