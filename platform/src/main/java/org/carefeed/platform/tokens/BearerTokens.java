package org.carefeed.platform.tokens;

import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The bearer tokens feedback-service signs and both services accept: ES256 (ECDSA on P-256), a key id
 * in the header so keys can be rotated, and these claims besides {@code iss}, {@code sub} (the account
 * id), {@code iat} and {@code exp}.
 */
public final class BearerTokens {

    /** The account's roles, such as {@code ["ADMIN"]}. */
    public static final String ROLES = "roles";
    /** Which password the token was obtained with; a token from before a password change is refused. */
    public static final String PASSWORD_STAMP = "pwc";
    /** Where verification keys are configured, for messages that say what to set. */
    public static final String KEYS_PROPERTY = "carefeed.auth.verification-keys";

    private BearerTokens() {
    }

    /**
     * The configured verification keys by id.
     *
     * @throws IllegalStateException naming the property (and its environment variable) at fault
     */
    public static Map<String, ECPublicKey> verificationKeys(List<VerificationKey> configured) {
        Map<String, ECPublicKey> keys = new LinkedHashMap<>();
        for (int i = 0; i < configured.size(); i++) {
            VerificationKey key = configured.get(i);
            if (key.id() == null || key.id().isBlank()) {
                throw new IllegalStateException(property(i, "id") + " is missing: every verification key needs the "
                        + "key id (kid) that tokens signed with it carry");
            }
            if (keys.containsKey(key.id())) {
                throw new IllegalStateException(property(i, "id") + " repeats the key id " + key.id()
                        + ": key ids must be unique");
            }
            try {
                keys.put(key.id(), PemKeys.publicKey(key.publicKey()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(property(i, "public-key") + " (key id " + key.id() + ") " + e.getMessage());
            }
        }
        return keys;
    }

    /** {@code carefeed.auth.verification-keys[0].public-key (CAREFEED_AUTH_VERIFICATION_KEYS_0_PUBLIC_KEY)}. */
    private static String property(int index, String field) {
        return KEYS_PROPERTY + "[" + index + "]." + field + " (CAREFEED_AUTH_VERIFICATION_KEYS_" + index + "_"
                + field.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + ")";
    }

    /**
     * Accepts a token only if it names one of these keys by id and is signed with it by ES256, comes
     * from this issuer and has not expired. A token without a key id is refused: with rotation, which
     * key signed it must never be guessed. Nothing here decides whether the account may still sign in;
     * each service checks that itself.
     */
    public static JwtDecoder decoder(Map<String, ECPublicKey> keysById, String issuer) {
        List<JWK> keys = new ArrayList<>();
        keysById.forEach((id, key) -> keys.add(new ECKey.Builder(Curve.P_256, key).keyID(id)
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).build()));
        JWKSource<SecurityContext> source = new ImmutableJWKSet<>(new JWKSet(keys));
        JWSVerificationKeySelector<SecurityContext> es256 = new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, source);
        JWSKeySelector<SecurityContext> byKeyId = (header, context) ->
                header.getKeyID() == null ? List.of() : es256.selectJWSKeys(header, context);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(byKeyId);
        // The claims are checked by the validators below, Spring's, with the answers they give.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                new JwtIssuerValidator(issuer)));
        return decoder;
    }

    /** Whether a token's password stamp is the account's current one; a missing stamp is the first password's. */
    public static boolean samePasswordStamp(Object claimed, long current) {
        long given = claimed instanceof Number number ? number.longValue() : 0;
        return given == current;
    }
}
