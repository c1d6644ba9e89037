package vn.hoalac.portal.infrastructure.security;

import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser session's roles are its ID token's groups: under concurrent requests of one session Payara sometimes
 * re-establishes the caller without its groups (every isCallerInRole false), and the park manager must stay one.
 */
class CurrentUserProducerTest {

    @Test
    void aBrowserSessionKeepsItsRolesWhenTheContainerReportsNone() {
        CurrentUserProducer producer = producer();
        producer.securityContext = securityContext(Set.of()); // what a concurrent request of the session saw
        producer.openIdContext = openIdContext(List.of("park-manager", "offline_access"), List.of());

        PortalUser user = producer.currentUser();

        assertThat(user.username()).isEqualTo("bql.soan");
        assertThat(user.organizationCode()).isEqualTo("BQL");
        assertThat(user.roles()).containsExactly(Role.PARK_MANAGER);
        assertThat(remembered).containsExactly("bql.soan vi"); // the directory learns the person once, with their locale
    }

    @Test
    void theUserInfoGroupsCountWhenTheIdTokenHasNone() {
        CurrentUserProducer producer = producer();
        producer.securityContext = securityContext(Set.of("park-manager"));
        producer.openIdContext = openIdContext(List.of(), List.of("committee-approver"));

        assertThat(producer.currentUser().roles()).containsExactly(Role.COMMITTEE_APPROVER);
    }

    @Test
    void aGroupThatIsNoRoleOfThePortalGivesNothing() {
        CurrentUserProducer producer = producer();
        producer.securityContext = securityContext(Set.of());
        producer.openIdContext = openIdContext(List.of("uma_authorization"), List.of());

        assertThat(producer.currentUser().roles()).isEmpty();
    }

    @Test
    void aSessionCarriedToAnotherInstanceIsItsSessionCallerThoughTheOpenIdContextIsEmpty() {
        CurrentUserProducer producer = producer();
        producer.securityContext = securityContext(Set.of());
        producer.openIdContext = proxy(OpenIdContext.class, (method, args) -> {
            throw new AssertionError("the empty OpenID Connect context was asked: " + method);
        });
        SessionCaller caller = new SessionCaller("bql.soan", Set.of("park-manager"), "Nguyễn Văn", "Soạn", null,
                "bql.soan@hoalac.demo", "BQL", "vi", "id-token", "refresh-token", java.time.Instant.now());
        jakarta.servlet.http.HttpSession session = proxy(jakarta.servlet.http.HttpSession.class, (method, args) -> switch (method) {
            case "getAttribute" -> SessionCaller.ATTRIBUTE.equals(args[0]) ? caller : null;
            default -> throw new UnsupportedOperationException(method);
        });
        producer.request = proxy(jakarta.servlet.http.HttpServletRequest.class, (method, args) -> switch (method) {
            case "getSession" -> session;
            default -> throw new UnsupportedOperationException(method);
        });

        PortalUser user = producer.currentUser();

        assertThat(user.organizationCode()).isEqualTo("BQL");
        assertThat(user.roles()).containsExactly(Role.PARK_MANAGER);
        assertThat(user.email()).isEqualTo("bql.soan@hoalac.demo");
    }

    /** A producer whose people directory only notes who was remembered, with which locale. */
    private final List<String> remembered = new java.util.ArrayList<>();

    private CurrentUserProducer producer() {
        CurrentUserProducer producer = new CurrentUserProducer();
        producer.people = new PeopleDirectory() {
            @Override
            public void remember(PortalUser user, String locale) {
                remembered.add(user.username() + " " + locale);
            }
        };
        return producer;
    }

    private static SecurityContext securityContext(Set<String> containerRoles) {
        Principal principal = () -> "bql.soan";
        return proxy(SecurityContext.class, (method, args) -> switch (method) {
            case "getCallerPrincipal" -> principal;
            case "isCallerInRole" -> containerRoles.contains((String) args[0]);
            case "getPrincipalsByType" -> Set.of();
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static OpenIdContext openIdContext(List<String> idTokenGroups, List<String> userInfoGroups) {
        Map<String, String> strings = Map.of("organization", "BQL", "family_name", "Nguyễn Văn", "given_name", "Soạn", "locale", "vi");
        JwtClaims tokenClaims = proxy(JwtClaims.class, (method, args) -> switch (method) {
            case "getArrayStringClaim" -> "groups".equals(args[0]) ? idTokenGroups : List.of();
            case "getStringClaim" -> Optional.ofNullable(strings.get((String) args[0]));
            case "getExpirationTime" -> Optional.of(java.time.Instant.now().plusSeconds(300));
            default -> throw new UnsupportedOperationException(method);
        });
        IdentityToken token = proxy(IdentityToken.class, (method, args) -> switch (method) {
            case "getJwtClaims" -> tokenClaims;
            case "getToken" -> "the-id-token";
            default -> throw new UnsupportedOperationException(method);
        });
        OpenIdClaims userInfo = proxy(OpenIdClaims.class, (method, args) -> switch (method) {
            case "getArrayStringClaim" -> "groups".equals(args[0]) ? userInfoGroups : List.of();
            default -> throw new UnsupportedOperationException(method);
        });
        return proxy(OpenIdContext.class, (method, args) -> switch (method) {
            case "getIdentityToken" -> token;
            case "getClaims" -> userInfo;
            case "getRefreshToken" -> Optional.empty();
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
