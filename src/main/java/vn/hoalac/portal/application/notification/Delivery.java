package vn.hoalac.portal.application.notification;

/**
 * One recipient of an event as it is written: their notification row and, when {@code mail} is IMMEDIATE, the e-mail
 * queued for them in the same statement.
 *
 * @param address their e-mail address, null when none is known
 * @param locale  the language of their e-mail ({@code vi} when Keycloak knows none)
 */
public record Delivery(String recipient, EmailMode mail, String address, String locale) {

    public Delivery {
        locale = locale == null || locale.isBlank() ? "vi" : locale;
    }
}
