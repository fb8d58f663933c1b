package org.carefeed.platform.tokens;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * EC P-256 keys (what ES256 signs with) in and out of PEM, as openssl writes them: a private key as
 * PKCS#8 ({@code BEGIN PRIVATE KEY}), a public key as SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}).
 * Only the JDK is needed, so keys can be checked at start-up before anything else is wired.
 */
public final class PemKeys {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";
    private static final ECParameterSpec P256 = p256();

    private PemKeys() {
    }

    /** @throws IllegalArgumentException saying what is wrong, without echoing the key */
    public static ECPrivateKey privateKey(String pem) {
        if (pem != null && pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new IllegalArgumentException("is an EC key in the older SEC1 form (BEGIN EC PRIVATE KEY); convert "
                    + "it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out private.pem");
        }
        try {
            return p256((ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(
                    new PKCS8EncodedKeySpec(body(pem, PRIVATE))));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("is not an EC private key in PKCS#8 PEM (BEGIN PRIVATE KEY)");
        }
    }

    /** @throws IllegalArgumentException saying what is wrong */
    public static ECPublicKey publicKey(String pem) {
        try {
            return p256((ECPublicKey) KeyFactory.getInstance("EC").generatePublic(
                    new X509EncodedKeySpec(body(pem, PUBLIC))));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("is not an EC public key in PEM (BEGIN PUBLIC KEY)");
        }
    }

    /** A new P-256 key pair, for tests and for development without configured keys. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make EC P-256 keys", e);
        }
    }

    /** The key in PEM, in the same forms as read. */
    public static String pem(Key key) {
        String type = key instanceof PrivateKey ? PRIVATE : PUBLIC;
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] body(String pem, String type) {
        if (pem == null || !pem.contains("-----BEGIN " + type + "-----") || !pem.contains("-----END " + type + "-----")) {
            throw new IllegalArgumentException("is not PEM with -----BEGIN " + type + "----- and -----END " + type
                    + "----- lines");
        }
        String body = pem.substring(pem.indexOf("-----BEGIN " + type + "-----") + type.length() + 16,
                pem.indexOf("-----END " + type + "-----"));
        try {
            // Line breaks may have been flattened to spaces or to a literal \n on the way through an environment.
            return Base64.getDecoder().decode(body.replace("\\n", "").replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is PEM whose body is not Base64");
        }
    }

    /** ES256 is defined on P-256 only; a key on another curve would fail on the first token instead. */
    private static <K extends ECKey> K p256(K key) {
        ECParameterSpec params = key.getParams();
        if (!params.getOrder().equals(P256.getOrder()) || !params.getCurve().equals(P256.getCurve())) {
            throw new IllegalArgumentException("is an EC key on another curve than P-256 (prime256v1), which ES256 needs");
        }
        return key;
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK does not know EC P-256", e);
        }
    }
}
