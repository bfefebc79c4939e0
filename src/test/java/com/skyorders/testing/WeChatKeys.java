package com.skyorders.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Keys made for one test run, as a real shop gets them from WeChat Pay: the merchant's API key pair (we sign with
 * the private half; WeChat, here the stand-in, verifies with the public half), the platform key pair (WeChat signs;
 * we verify with the public key file) and the APIv3 key. The files the webapp reads are written as PEM under target/.
 */
public final class WeChatKeys {

    public static final String MERCHANT_ID = "1900000109";
    public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public static final String PLATFORM_KEY_ID = "PUB_KEY_ID_0119000001092024112000000000000001";
    public static final String APP_ID = "wx9e8dde9d2df9df58";
    public static final String APP_SECRET = "it-app-secret-0123456789abcdef";
    public static final String API_V3_KEY = "it0123456789abcdefghijklmnopqrst";

    private final KeyPair merchant;
    private final KeyPair platform;
    private final Path merchantKeyFile;
    private final Path platformPublicKeyFile;

    private WeChatKeys(KeyPair merchant, KeyPair platform, Path merchantKeyFile, Path platformPublicKeyFile) {
        this.merchant = merchant;
        this.platform = platform;
        this.merchantKeyFile = merchantKeyFile;
        this.platformPublicKeyFile = platformPublicKeyFile;
    }

    public static WeChatKeys generate(Path dir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair merchant = generator.generateKeyPair();
            KeyPair platform = generator.generateKeyPair();
            Files.createDirectories(dir);
            Path key = dir.resolve("apiclient_key.pem");
            Path pub = dir.resolve("pub_key.pem");
            Files.writeString(key, pem("PRIVATE KEY", merchant.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(pub, pem("PUBLIC KEY", platform.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return new WeChatKeys(merchant, platform, key, pub);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** Base64 SHA256withRSA, as WeChat Pay signs everything. */
    public static String sign(PrivateKey key, String message) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(PublicKey key, String message, String base64Signature) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public PublicKey merchantPublicKey() {
        return merchant.getPublic();
    }

    public PrivateKey platformPrivateKey() {
        return platform.getPrivate();
    }

    public Path merchantKeyFile() {
        return merchantKeyFile;
    }

    public Path platformPublicKeyFile() {
        return platformPublicKeyFile;
    }
}
