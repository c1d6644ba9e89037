package vn.hoalac.portal.application.notification;

import vn.hoalac.portal.application.Message;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sentence of a notification, as a {@link Message} the pages, the API and the e-mails put in the reader's language:
 * the bundle key {@code notification.kind.<KIND>} with {0} the actor's name (or the portal's, for an event of the
 * portal itself), {1} the record's title, then the event's {@link NotificationEvent#args() args} in the order
 * {@link #ARGS} names for its kind. A publisher gives those args by these names; a day is written {@code 2026-12-31}
 * (shown as the reader's date), a code of a disposition, an opinion or an outcome is put in words. The version number
 * of a plan's version is taken from its record id when not given.
 */
public final class NotificationSentences {

    /** The named args each kind's sentence reads, in the order of its placeholders {2}, {3}, ... */
    public static final Map<NotificationKind, List<String>> ARGS = new EnumMap<>(NotificationKind.class);

    static {
        ARGS.put(NotificationKind.VERSION_SUBMITTED, List.of("number", "deadline"));
        ARGS.put(NotificationKind.COMMENT_ANSWERED, List.of("number", "disposition"));
        ARGS.put(NotificationKind.VERSION_TO_APPROVAL, List.of("number"));
        ARGS.put(NotificationKind.VERSION_APPROVED, List.of("number", "notice"));
        ARGS.put(NotificationKind.VERSION_RETURNED, List.of("number", "conclusion"));
        ARGS.put(NotificationKind.PROPOSAL_SUBMITTED, List.of("organization"));
        ARGS.put(NotificationKind.PROPOSAL_INVITED, List.of("organizations"));
        ARGS.put(NotificationKind.PROPOSAL_OPINION, List.of("organization", "opinion"));
        ARGS.put(NotificationKind.PROPOSAL_DECIDED, List.of("outcome"));
        ARGS.put(NotificationKind.AGREEMENT_EXPIRING, List.of("number", "endDate"));
        ARGS.put(NotificationKind.AGREEMENT_EXPIRED, List.of("number", "endDate"));
        ARGS.put(NotificationKind.MILESTONE_OVERDUE, List.of("milestone", "due"));
        ARGS.put(NotificationKind.DOCUMENT_SHARED, List.of()); // told only to those it was shared with: "with your organization"
        ARGS.put(NotificationKind.DOCUMENT_VERSION_ADDED, List.of("version"));
        ARGS.put(NotificationKind.REVIEW_DEADLINE_NEAR, List.of("number", "deadline", "days"));
        ARGS.put(NotificationKind.REVIEW_DEADLINE_MISSED, List.of("number", "deadline", "universities"));
        ARGS.put(NotificationKind.PROGRESS_REPORT_DUE, List.of("period", "due"));
    }

    /** The arg names holding a day. */
    private static final List<String> DAYS = List.of("deadline", "endDate", "due");

    private NotificationSentences() {
    }

    public static String key(NotificationKind kind) {
        return "notification.kind." + kind.name();
    }

    /**
     * The sentence of a notification.
     *
     * @param actorName the actor's name as people are shown ({@code PeopleDirectory.nameOf}), null for the portal
     */
    public static Message sentence(NotificationKind kind, String actorName, String title, String recordType, String recordId,
                                   Map<String, String> args) {
        return sentence(kind, actorName, title, recordType, recordId, args, code -> code);
    }

    /**
     * The sentence of a notification, each organization it names (by code: {@code organization}, the comma-separated
     * {@code organizations} and {@code universities}) given as {@code organizations} names it, e.g. in both languages
     * ({@link OrganizationNames}).
     */
    public static Message sentence(NotificationKind kind, String actorName, String title, String recordType, String recordId,
                                   Map<String, String> args, Function<String, Object> organizations) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(actorName == null ? new Message("notification.actor.portal") : actorName);
        arguments.add(title == null ? "" : title);
        for (String name : ARGS.getOrDefault(kind, List.of())) {
            String value = args == null ? null : args.get(name);
            if (value == null && "number".equals(name) && "PLAN_VERSION".equals(recordType) && recordId != null
                    && recordId.indexOf('/') > 0) {
                value = recordId.substring(recordId.indexOf('/') + 1);
            }
            arguments.add(word(name, value, organizations));
        }
        return new Message(key(kind), arguments.toArray());
    }

    public static Message sentence(StoredNotification n, String actorName, Function<String, Object> organizations) {
        return sentence(n.kind(), actorName, n.title(), n.recordType(), n.recordId(), n.args(), organizations);
    }

    private static Object word(String name, String value, Function<String, Object> organizations) {
        if (value == null) {
            return "";
        }
        if (DAYS.contains(name)) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notADay) {
                return value;
            }
        }
        return switch (name) {
            case "disposition" -> new Message("disposition." + value);
            case "opinion" -> new Message("opinion." + value);
            case "outcome" -> new Message("proposal.status." + value);
            case "organization" -> organizations.apply(value.strip());
            case "organizations", "universities" -> Arrays.stream(value.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                    .map(organizations).toList();
            default -> value;
        };
    }
}
