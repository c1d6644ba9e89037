package vn.hoalac.portal.interfaces.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.mail.MailOutbox;
import vn.hoalac.portal.application.mail.MailTexts;
import vn.hoalac.portal.application.mail.MailLanguage;
import vn.hoalac.portal.application.mail.OutgoingMail;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.application.notification.NotificationSentences;
import vn.hoalac.portal.application.notification.OrganizationNames;
import vn.hoalac.portal.application.notification.RecordLinks;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;
import vn.hoalac.portal.domain.model.Sha256;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * E-mails from the message bundles, in the recipient's language ({@code mail_outbox.locale}: Vietnamese unless
 * English): the subject, a plain-text body and the same as simple HTML. An immediate mail tells one notification with
 * the link to its record's page; a digest lists its notifications grouped by record, each record with its link. Every
 * mail ends with the unsubscribe link. Links are absolute, from PORTAL_BASE_URL. The Message-ID is derived from the
 * mail's idempotency key: the same mail sent again carries the same Message-ID.
 */
@ApplicationScoped
public class BundleMailTexts implements MailTexts {

    static final String BUNDLE = "vn.hoalac.portal.i18n.messages";

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Organizations named in a sentence by their name in the mail's language, not by their code. */
    @Inject
    OrganizationNames organizations;

    public BundleMailTexts() {
    }

    BundleMailTexts(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    BundleMailTexts(String baseUrl, OrganizationNames organizations) {
        this.baseUrl = baseUrl;
        this.organizations = organizations;
    }

    @Override
    public OutgoingMail compose(MailOutbox.Claimed mail, List<MailOutbox.Notice> notices, String unsubscribeToken) {
        Locale locale = Locale.of(MailLanguage.of(mail.locale()));
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
        Function<String, Object> names = organizations == null ? code -> code : organizations.lookup();
        // the landing page speaks the mail's language: Vietnamese unless the link names English
        String unsubscribe = base() + "/unsubscribe?token=" + URLEncoder.encode(unsubscribeToken, StandardCharsets.UTF_8)
                + ("en".equals(locale.getLanguage()) ? "&lang=en" : "");
        String prefix = b.getString("mail.subject.prefix") + " ";
        StringBuilder text = new StringBuilder(b.getString("mail.greeting")).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"></head><body style=\"font-family:sans-serif;line-height:1.5\">")
                .append("<p>").append(esc(b.getString("mail.greeting"))).append("</p>");
        String subject;
        if ("DIGEST".equals(mail.kind())) {
            subject = prefix + format(b, locale, "mail.digest.subject",
                    digestDay(mail.idempotencyKey()), notices.size());
            text.append(b.getString("mail.digest.intro")).append("\n");
            html.append("<p>").append(esc(b.getString("mail.digest.intro"))).append("</p>");
            Map<String, List<MailOutbox.Notice>> byRecord = new LinkedHashMap<>();
            for (MailOutbox.Notice n : notices) {
                byRecord.computeIfAbsent(n.recordType() + ":" + n.recordId(), k -> new java.util.ArrayList<>()).add(n);
            }
            for (List<MailOutbox.Notice> group : byRecord.values()) {
                MailOutbox.Notice first = group.getFirst();
                String link = link(first);
                text.append("\n== ").append(first.title()).append(" ==\n");
                html.append("<h3 style=\"margin-bottom:0.3em\">").append(esc(first.title())).append("</h3><ul>");
                for (MailOutbox.Notice n : group) {
                    text.append("- ").append(when(n)).append("  ").append(sentence(b, locale, n, names)).append("\n");
                    html.append("<li>").append(esc(when(n))).append(" &nbsp; ").append(esc(sentence(b, locale, n, names))).append("</li>");
                }
                html.append("</ul>");
                if (link != null) {
                    text.append(b.getString("mail.open")).append(": ").append(link).append("\n");
                    html.append("<p><a href=\"").append(esc(link)).append("\">").append(esc(b.getString("mail.open"))).append("</a></p>");
                }
            }
        } else {
            MailOutbox.Notice n = notices.isEmpty() ? null : notices.getFirst();
            String sentence = n == null ? "" : sentence(b, locale, n, names);
            subject = prefix + (n == null ? "" : sentence);
            String link = n == null ? null : link(n);
            text.append(sentence).append("\n");
            html.append("<p><strong>").append(esc(sentence)).append("</strong></p>");
            if (n != null) {
                text.append(when(n)).append("\n");
                html.append("<p style=\"color:#555\">").append(esc(when(n))).append("</p>");
            }
            if (link != null) {
                text.append("\n").append(b.getString("mail.open")).append(": ").append(link).append("\n");
                html.append("<p><a href=\"").append(esc(link)).append("\">").append(esc(b.getString("mail.open"))).append("</a></p>");
            }
        }
        text.append("\n-- \n").append(b.getString("mail.footer")).append("\n")
                .append(b.getString("mail.unsubscribe")).append(" ").append(unsubscribe).append("\n");
        html.append("<hr><p style=\"color:#555;font-size:small\">").append(esc(b.getString("mail.footer"))).append("<br>")
                .append(esc(b.getString("mail.unsubscribe"))).append(" <a href=\"").append(esc(unsubscribe)).append("\">")
                .append(esc(b.getString("mail.unsubscribe.link"))).append("</a></p></body></html>");
        return new OutgoingMail(mail.address(), subject, text.toString(), html.toString(), messageId(mail.idempotencyKey()),
                unsubscribe);
    }

    /** The day of a digest's key {@code digest|<user>|<yyyy-mm-dd>} (or {@code <yyyy-mm-dd>@...} on demand), dd/MM/yyyy. */
    static String digestDay(String key) {
        try {
            String digest = key.substring(key.lastIndexOf('|') + 1);
            return java.time.LocalDate.parse(digest.substring(0, Math.min(10, digest.length()))).format(PortalTime.DATE);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** {@code <40 hex digits of the key's SHA-256 @ the portal's host>}: the same key, the same Message-ID. */
    String messageId(String idempotencyKey) {
        String host = URI.create(base()).getHost();
        return "<" + Sha256.hex(idempotencyKey).substring(0, 40) + "@" + (host == null ? "hoalac.portal" : host) + ">";
    }

    /** The notification's sentence, as the notification page says it ({@link NotificationSentences}). */
    static String sentence(ResourceBundle b, Locale locale, MailOutbox.Notice n, Function<String, Object> names) {
        NotificationKind kind;
        try {
            kind = NotificationKind.valueOf(n.kind());
        } catch (IllegalArgumentException unknown) { // a kind of a later version of the portal, read by an older one
            String actor = n.actorName() == null ? b.getString("mail.actor.portal") : n.actorName();
            return format(b, locale, "mail.notification.generic", n.title(), actor);
        }
        return RuleMessages.text(b, NotificationSentences.sentence(kind, n.actorName(), n.title(), n.recordType(), n.recordId(), n.args(),
                names));
    }

    private String link(MailOutbox.Notice n) {
        String path = RecordLinks.href(n.recordType(), n.recordId());
        return path == null ? null : base() + path;
    }

    private static String when(MailOutbox.Notice n) {
        return PortalTime.dateTime(ZonedDateTime.ofInstant(n.createdAt(), PortalTime.HANOI).toOffsetDateTime());
    }

    private String base() {
        String b = baseUrl == null ? "" : baseUrl.strip();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    private static String format(ResourceBundle b, Locale locale, String key, Object... args) {
        return new MessageFormat(b.getString(key), locale).format(args);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
