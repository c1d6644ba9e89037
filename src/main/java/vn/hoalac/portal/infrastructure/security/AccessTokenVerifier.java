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
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

/**
 * Checks a Keycloak access token: RS256 signature by a key of the realm, issuer, not expired, {@code typ=Bearer}
 * (so an ID token or a refresh token is refused), and issued to one of the portal's own clients: its authorized
 * party ({@code azp}) is one of them, or its audience ({@code aud}) names one. A token the realm issued to another
 * client (the account console, admin-cli, another application of the realm) is not a key to the portal.
 */
public class AccessTokenVerifier {

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public AccessTokenVerifier(String issuer, JWKSource<SecurityContext> keys, Set<String> clients) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                Set.of("sub", "exp", "iat", "preferred_username")) {
            @Override
            public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
                super.verify(claims, context);
                Object azp = claims.getClaim("azp");
                List<String> audience = claims.getAudience();
                if (!(azp instanceof String party && clients.contains(party)) && audience.stream().noneMatch(clients::contains)) {
                    throw new BadJWTException("token issued to another client: azp=" + azp + ", aud=" + audience);
                }
            }
        });
    }

    /**
     * Keys fetched from the realm's JWKS endpoint, cached and refreshed by nimbus when a new key id shows up.
     *
     * @param clients the realm's clients whose tokens the portal accepts
     */
    public static AccessTokenVerifier forIssuer(String issuer, Set<String> clients) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(issuer + "/protocol/openid-connect/certs").toURL(),
                            new DefaultResourceRetriever(3000, 3000, 512 * 1024))
                    .retrying(true)
                    .build();
            return new AccessTokenVerifier(issuer, keys, Set.copyOf(clients));
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
