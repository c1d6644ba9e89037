package vn.hoalac.portal.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Set;

/**
 * Checks a Keycloak access token: RS256 signature by a key of the realm, issuer, not expired, and {@code typ=Bearer}
 * (so an ID token or a refresh token is refused).
 */
public class AccessTokenVerifier {

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public AccessTokenVerifier(String issuer, JWKSource<SecurityContext> keys) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                Set.of("sub", "exp", "iat", "preferred_username")));
    }

    /** Keys fetched from the realm's JWKS endpoint, cached and refreshed by nimbus when a new key id shows up. */
    public static AccessTokenVerifier forIssuer(String issuer) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(issuer + "/protocol/openid-connect/certs").toURL(),
                            new DefaultResourceRetriever(3000, 3000, 512 * 1024))
                    .retrying(true)
                    .build();
            return new AccessTokenVerifier(issuer, keys);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad OIDC issuer URL: " + issuer, e);
        }
    }

    /**
     * @throws BadJOSEException when the token is not acceptable (signature, issuer, expiry, type)
     * @throws JOSEException    when the keys cannot be had (Keycloak unreachable) or the token cannot be processed
     * @throws ParseException   when the token is not a JWT at all
     */
    public JWTClaimsSet verify(String token) throws ParseException, BadJOSEException, JOSEException {
        return processor.process(token, null);
    }
}
