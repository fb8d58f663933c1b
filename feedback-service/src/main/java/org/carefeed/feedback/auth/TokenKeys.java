package org.carefeed.feedback.auth;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.security.SecureRandom;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import org.carefeed.platform.tokens.BearerTokens;
import org.carefeed.platform.tokens.PemKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key tokens are signed with, and the keys they are checked with, from configuration: refused at
 * start-up, with what to set, when missing or not a pair, so a misconfigured service never starts
 * signing tokens nobody accepts.
 *
 * @param signing      the private key with its key id, for signing
 * @param verification every key a token may be signed with, by key id; the signing key's among them
 */
record TokenKeys(ECKey signing, Map<String, ECPublicKey> verification) {

    private static final Logger log = LoggerFactory.getLogger(TokenKeys.class);

    static final String MISSING = "No key to sign tokens with. Set carefeed.auth.signing-key.id and "
            + "carefeed.auth.signing-key.private-key (environment: CAREFEED_AUTH_SIGNING_KEY_ID and "
            + "CAREFEED_AUTH_SIGNING_KEY_PRIVATE_KEY) to a key id and an EC P-256 private key in PKCS#8 PEM, and "
            + "give its public key under the same id in carefeed.auth.verification-keys[0].id and .public-key "
            + "(CAREFEED_AUTH_VERIFICATION_KEYS_0_ID, CAREFEED_AUTH_VERIFICATION_KEYS_0_PUBLIC_KEY); the README says "
            + "how to make them with openssl. For development only, carefeed.auth.generate-key=true makes a "
            + "throwaway key for this process.";

    static TokenKeys from(AuthProperties properties) {
        Map<String, ECPublicKey> verification = new LinkedHashMap<>(
                BearerTokens.verificationKeys(properties.verificationKeys()));
        AuthProperties.SigningKey configured = properties.signingKey();
        boolean none = configured == null || blank(configured.id()) && blank(configured.privateKey());
        if (none && properties.generateKey()) {
            return generated(verification);
        }
        if (none) {
            throw new IllegalStateException(MISSING);
        }
        if (blank(configured.id()) || blank(configured.privateKey())) {
            throw new IllegalStateException("carefeed.auth.signing-key needs both its id and its private-key "
                    + "(CAREFEED_AUTH_SIGNING_KEY_ID, CAREFEED_AUTH_SIGNING_KEY_PRIVATE_KEY). " + MISSING);
        }
        ECPrivateKey privateKey;
        try {
            privateKey = PemKeys.privateKey(configured.privateKey());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("carefeed.auth.signing-key.private-key (CAREFEED_AUTH_SIGNING_KEY_PRIVATE_KEY) "
                    + e.getMessage());
        }
        ECPublicKey publicKey = verification.get(configured.id());
        if (publicKey == null) {
            throw new IllegalStateException("carefeed.auth.verification-keys has no key with the signing key's id "
                    + configured.id() + ": add its public key (openssl pkey -in private.pem -pubout) under that id, "
                    + "or this service would refuse the tokens it signs");
        }
        if (!pair(privateKey, publicKey)) {
            throw new IllegalStateException("The verification key with id " + configured.id()
                    + " is not the public half of carefeed.auth.signing-key.private-key");
        }
        return new TokenKeys(jwk(configured.id(), publicKey).privateKey(privateKey).build(), Map.copyOf(verification));
    }

    private static TokenKeys generated(Map<String, ECPublicKey> verification) {
        KeyPair pair = PemKeys.generate();
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String id = "generated-" + HexFormat.of().formatHex(random);
        log.warn("carefeed.auth.generate-key is on: signing tokens with a throwaway key ({}) made for this process. "
                + "Its tokens end when the process stops, and no other instance or service accepts them. "
                + "Never in production.", id);
        verification.put(id, (ECPublicKey) pair.getPublic());
        return new TokenKeys(jwk(id, (ECPublicKey) pair.getPublic()).privateKey((ECPrivateKey) pair.getPrivate()).build(),
                Map.copyOf(verification));
    }

    private static ECKey.Builder jwk(String id, ECPublicKey publicKey) {
        return new ECKey.Builder(Curve.P_256, publicKey).keyID(id).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256);
    }

    /** Signs a probe and checks it, so a mismatched pair is found at start-up, not by every caller. */
    private static boolean pair(PrivateKey privateKey, PublicKey publicKey) {
        try {
            byte[] probe = "carefeed key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
