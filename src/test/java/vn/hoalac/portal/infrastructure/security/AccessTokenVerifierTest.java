package vn.hoalac.portal.infrastructure.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bearer-token rules with a key made here (the real Keycloak is exercised by ApiIT). */
class AccessTokenVerifierTest {

    private static final String ISSUER = "http://localhost:8180/realms/hoalac";
    private static RSAKey realmKey;
    private static RSAKey otherKey;
    private static AccessTokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        verifier = new AccessTokenVerifier(ISSUER, new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())), java.util.Set.of("portal", "portal-cli"));
    }

    private static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject("123").claim("typ", "Bearer").claim("preferred_username", "dhbk.gopy")
                .claim("groups", List.of("university-reviewer")).claim("organization", "DHBK").claim("azp", "portal-cli")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                change.apply(claims).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aValidAccessTokenOfTheRealmIsAccepted() throws Exception {
        JWTClaimsSet claims = verifier.verify(token(realmKey, b -> b));
        assertThat(claims.getStringClaim("organization")).isEqualTo("DHBK");
        assertThat(claims.getStringListClaim("groups")).containsExactly("university-reviewer");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertThatThrownBy(() -> verifier.verify(token(otherKey, b -> b))).isInstanceOf(BadJOSEException.class);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThatThrownBy(() -> verifier.verify(token(realmKey,
                b -> b.issueTime(Date.from(Instant.now().minusSeconds(3600))).expirationTime(Date.from(Instant.now().minusSeconds(1800))))))
                .isInstanceOf(BadJOSEException.class);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertThatThrownBy(() -> verifier.verify(token(realmKey, b -> b.issuer("http://localhost:8180/realms/master"))))
                .isInstanceOf(BadJOSEException.class);
    }

    @Test
    void anIdTokenIsRefused() {
        assertThatThrownBy(() -> verifier.verify(token(realmKey, b -> b.claim("typ", "ID")))).isInstanceOf(BadJOSEException.class);
    }

    @Test
    void aTokenWithoutUsernameIsRefused() {
        assertThatThrownBy(() -> verifier.verify(token(realmKey, b -> b.claim("preferred_username", null))))
                .isInstanceOf(BadJOSEException.class);
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsRefused() {
        assertThatThrownBy(() -> verifier.verify(token(realmKey, b -> b.claim("azp", "account-console"))))
                .isInstanceOf(BadJOSEException.class).hasMessageContaining("another client");
        assertThatThrownBy(() -> verifier.verify(token(realmKey, b -> b.claim("azp", null)))).isInstanceOf(BadJOSEException.class);
        assertThatThrownBy(() -> verifier.verify(token(realmKey, b -> b.claim("azp", "admin-cli").audience("account"))))
                .isInstanceOf(BadJOSEException.class);
    }

    @Test
    void aTokenWhoseAudienceNamesThePortalIsAccepted() throws Exception {
        assertThat(verifier.verify(token(realmKey, b -> b.claim("azp", "another-app").audience(List.of("account", "portal"))))
                .getStringClaim("preferred_username")).isEqualTo("dhbk.gopy");
    }
}
