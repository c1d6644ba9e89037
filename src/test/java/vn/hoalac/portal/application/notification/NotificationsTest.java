package vn.hoalac.portal.application.notification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.notification.NotificationStore.RecordRef;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hears of an event: the audience and the followers, once each, never the actor, only who may read the record. */
class NotificationsTest {

    /** The directory's members by role and organization, as the SQL adapter reads them. */
    static class Directory extends PeopleDirectory {
        final List<Member> all;

        Directory(List<Member> all) {
            this.all = all;
        }

        @Override
        public List<Member> members(Role role, String organizationCode) {
            return all.stream().filter(m -> m.roles().contains(role))
                    .filter(m -> organizationCode == null || organizationCode.equals(m.person().organizationCode())).toList();
        }
    }

    private static Member member(String username, String org, String email, Role role) {
        return new Member(new Person(username, username, org, email, null), Set.of(role));
    }

    private final Member soan = member("bql.soan", "BQL", "bql.soan@hoalac.demo", Role.PARK_MANAGER);
    private final Member soan2 = member("bql.thu", "BQL", "bql.thu@hoalac.demo", Role.PARK_MANAGER);
    private final Member dhbk = member("dhbk.gopy", "DHBK", "dhbk.gopy@hoalac.demo", Role.UNIVERSITY_REVIEWER);
    private final Member dhbk2 = member("dhbk.khac", "DHBK", null, Role.UNIVERSITY_REVIEWER);
    private final Member hvnn = member("hvnn.gopy", "HVNN", "hvnn.gopy@hoalac.demo", Role.UNIVERSITY_REVIEWER);
    private final Member dhqg = member("dhqg.gopy", "DHQGHN", "dhqg.gopy@hoalac.demo", Role.UNIVERSITY_REVIEWER);
    private final Member bcd = member("bcd.pheduyet", "BCD07", "bcd.pheduyet@hoalac.demo", Role.COMMITTEE_APPROVER);
    private final Member admin = member("quantri", "BQL", "quantri@hoalac.demo", Role.ADMIN);

    private final FakeNotificationStore store = new FakeNotificationStore();
    /** The version 12/1 is read by the park, the committee and the invited DHBK and HVNN. */
    private Set<String> invited = new HashSet<>(Set.of("DHBK", "HVNN"));
    private Notifications notifications;

    @BeforeEach
    void setUp() {
        List<Member> everyone = List.of(soan, soan2, dhbk, dhbk2, hvnn, dhqg, bcd, admin);
        everyone.forEach(m -> store.directory.put(m.username(), m));
        RecordAccess versions = (type, id) -> "PLAN_VERSION".equals(type) ? Optional.of(this::readsVersion) : Optional.empty();
        notifications = new Notifications(new Directory(everyone), store, RecordReaders.of(versions));
    }

    private boolean readsVersion(PortalUser user) {
        return user.hasAnyRole(Role.PARK_MANAGER, Role.COMMITTEE_APPROVER)
                || user.hasRole(Role.UNIVERSITY_REVIEWER) && invited.contains(user.organizationCode());
    }

    private static NotificationEvent submitted() {
        return NotificationEvent.of(NotificationKind.VERSION_SUBMITTED, "PLAN_VERSION", "12/1", "DA-HOALAC-2030", "bql.soan", null,
                Map.of("number", "1", "deadline", "2026-12-31"));
    }

    @Test
    void aSubmittedVersionReachesEveryReviewerOfEachInvitedUniversityAndNoOtherUniversity() {
        List<String> told = notifications.publish(submitted(), Audience.members(Role.UNIVERSITY_REVIEWER, Set.of("DHBK", "HVNN")));
        assertThat(told).containsExactlyInAnyOrder("dhbk.gopy", "dhbk.khac", "hvnn.gopy");
        assertThat(store.recipientsOf(submitted().eventKey())).doesNotContain("dhqg.gopy", "bql.soan", "bcd.pheduyet", "quantri");
    }

    @Test
    void theActorIsNeverToldOfTheirOwnActEvenWhenTheyFollowTheRecordOrAreNamed() {
        store.follow("bql.soan", new RecordRef("PLAN", "12"));
        notifications.publish(submitted(), Audience.roles(Role.PARK_MANAGER).and(Audience.users(Set.of("bql.soan"))));
        assertThat(store.recipientsOf(submitted().eventKey())).containsExactly("bql.thu");
    }

    @Test
    void followersOfTheRecordAndOfThePlanOfAVersionAreAddedOnceEach() {
        store.follow("bcd.pheduyet", new RecordRef("PLAN", "12"));
        store.follow("bql.thu", new RecordRef("PLAN_VERSION", "12/1"));
        store.follow("hvnn.gopy", new RecordRef("PLAN_VERSION", "12/1"));
        store.follow("dhqg.gopy", new RecordRef("PLAN", "99")); // another plan
        notifications.publish(submitted(), Audience.members(Role.UNIVERSITY_REVIEWER, Set.of("HVNN")));
        assertThat(store.recipientsOf(submitted().eventKey())).containsExactly("bcd.pheduyet", "bql.thu", "hvnn.gopy");
    }

    @Test
    void someoneWhoMayNotReadTheRecordGetsNothingWhateverTheAudienceOrTheirFollowSays() {
        store.follow("dhqg.gopy", new RecordRef("PLAN_VERSION", "12/1")); // followed while DHQGHN was invited, say
        notifications.publish(submitted(), Audience.members(Role.UNIVERSITY_REVIEWER, Set.of("DHBK", "HVNN", "DHQGHN"))
                .and(Audience.users(Set.of("quantri"))));
        assertThat(store.recipientsOf(submitted().eventKey())).containsExactly("dhbk.gopy", "dhbk.khac", "hvnn.gopy");
    }

    @Test
    void aUniversityNoLongerInvitedHearsNoMoreOfTheRecord() {
        invited.remove("HVNN");
        store.followByDefault(List.of("hvnn.gopy"), new RecordRef("PLAN_VERSION", "12/1"));
        notifications.publish(submitted(), Audience.members(Role.UNIVERSITY_REVIEWER, Set.of("DHBK", "HVNN")));
        assertThat(store.recipientsOf(submitted().eventKey())).containsExactly("dhbk.gopy", "dhbk.khac");
    }

    @Test
    void anExplicitUnfollowStopsTheFollowersEventsAndTheDefaultFollowDoesNotBringItBack() {
        RecordRef plan = new RecordRef("PLAN", "12");
        store.followByDefault(List.of("bcd.pheduyet"), plan);
        store.unfollow("bcd.pheduyet", plan);
        store.followByDefault(List.of("bcd.pheduyet"), plan);
        notifications.publish(submitted(), Audience.users(Set.of()));
        assertThat(store.recipientsOf(submitted().eventKey())).isEmpty();
    }

    @Test
    void theSameEventPublishedTwiceNotifiesNobodyTwiceNorMailsTwice() {
        Audience audience = Audience.members(Role.UNIVERSITY_REVIEWER, Set.of("DHBK"));
        assertThat(notifications.publish(submitted(), audience)).hasSize(2);
        assertThat(notifications.publish(submitted(), audience)).isEmpty();
        assertThat(store.recipientsOf(submitted().eventKey())).containsExactly("dhbk.gopy", "dhbk.khac");
        assertThat(store.outbox).containsOnlyKeys(submitted().eventKey() + "|dhbk.gopy");
    }

    @Test
    void theMailFollowsEachRecipientsChoiceAndSomeoneWithoutAnAddressGetsTheBellOnly() {
        store.preferences.put("hvnn.gopy", new EmailPreference(EmailMode.DIGEST, true));
        NotificationEvent approved = NotificationEvent.of(NotificationKind.VERSION_APPROVED, "PLAN_VERSION", "12/1", "DA", "bcd.pheduyet",
                null, Map.of("notice", "1857-TB/TU"));
        Audience universities = Audience.members(Role.UNIVERSITY_REVIEWER, Set.of("DHBK", "HVNN"));
        notifications.publish(submitted(), universities);
        notifications.publish(approved, universities);
        assertThat(store.mailOf(submitted().eventKey(), "dhbk.gopy")).as("no choice made: at once").isEqualTo(EmailMode.IMMEDIATE);
        assertThat(store.mailOf(submitted().eventKey(), "dhbk.khac")).as("no address").isEqualTo(EmailMode.NONE);
        assertThat(store.mailOf(submitted().eventKey(), "hvnn.gopy")).as("digest").isEqualTo(EmailMode.DIGEST);
        assertThat(store.mailOf(approved.eventKey(), "hvnn.gopy")).as("a decision, urgent ones kept immediate").isEqualTo(EmailMode.IMMEDIATE);
        assertThat(store.outbox).containsOnlyKeys(submitted().eventKey() + "|dhbk.gopy", approved.eventKey() + "|dhbk.gopy",
                approved.eventKey() + "|hvnn.gopy");
        assertThat(store.outbox.get(approved.eventKey() + "|hvnn.gopy").locale()).as("no locale known: Vietnamese").isEqualTo("vi");
    }

    @Test
    void thoseForWhomItIsNoNewsAreLeftOut() {
        Predicate<PortalUser> readBefore = u -> "DHBK".equals(u.organizationCode());
        notifications.publish(submitted(), Audience.members(Role.UNIVERSITY_REVIEWER, Set.of("DHBK", "HVNN")), readBefore);
        assertThat(store.recipientsOf(submitted().eventKey())).containsExactly("hvnn.gopy");
    }

    @Test
    void aRecordTypeNobodyAnswersForIsReadByNobody() {
        NotificationEvent odd = NotificationEvent.of(NotificationKind.DOCUMENT_SHARED, "SOMETHING", "1", "x", null, null, Map.of());
        assertThat(notifications.publish(odd, Audience.roles(Role.PARK_MANAGER))).isEmpty();
        assertThat(store.writes).as("nothing to write, no statement").isZero();
    }
}
