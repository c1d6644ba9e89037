package vn.hoalac.portal.domain.model.identity;

/** Vietnamese names read family name first ("Nguyễn Văn Soạn"); Keycloak's {@code name} claim puts it last. */
public final class PersonName {

    private PersonName() {
    }

    public static String vietnameseOrder(String familyName, String givenName, String fallback) {
        boolean hasFamily = familyName != null && !familyName.isBlank();
        boolean hasGiven = givenName != null && !givenName.isBlank();
        if (hasFamily && hasGiven) {
            return familyName.strip() + " " + givenName.strip();
        }
        return fallback;
    }
}
