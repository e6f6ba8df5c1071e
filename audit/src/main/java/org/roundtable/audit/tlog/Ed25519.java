package org.roundtable.audit.tlog;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/** Ed25519 (RFC 8032) from the JDK, with keys as the raw 32 bytes that signed notes carry. */
final class Ed25519 {

    static final int KEY_SIZE = 32;

    /** The X.509 SubjectPublicKeyInfo of an Ed25519 key, up to the raw key that ends it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {}

    /** A new key pair's 32-byte seed, the private key that signer keys carry. */
    static byte[] newSeed() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom());
            return seedOf(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
        }
    }

    /**
     * The raw public key of a seed. The JDK has no call for it, but its key pair generator draws exactly the seed
     * from the random source it is given; a source that yields the seed makes the pair, checked before it is used.
     */
    static byte[] publicKeyOf(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedAsRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(seedOf(pair.getPrivate()), seed)) {
                throw new IllegalStateException("This Java runtime derives Ed25519 keys in an unexpected way");
            }
            return rawKey(pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
        }
    }

    static byte[] sign(byte[] seed, byte[] message) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime since 15 has Ed25519", e);
        }
    }

    /** Whether {@code signature} is the key's signature of {@code message}; false for a malformed key or signature. */
    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        try {
            byte[] x509 = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_SIZE);
            System.arraycopy(publicKey, 0, x509, X509_PREFIX.length, KEY_SIZE);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] rawKey(PublicKey key) {
        byte[] x509 = key.getEncoded();
        return Arrays.copyOfRange(x509, x509.length - KEY_SIZE, x509.length);
    }

    private static byte[] seedOf(PrivateKey key) {
        return ((EdECPrivateKey) key).getBytes().orElseThrow();
    }

    /** A "random" source that yields one seed. */
    private static final class SeedAsRandom extends SecureRandom {
        private final byte[] seed;

        SeedAsRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("asked for %d random bytes, not a seed".formatted(bytes.length));
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
