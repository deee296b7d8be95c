package nl.bordspiegel.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Device cookies (OWASP): a browser where a person signed in before carries a signed
 * cookie for that login name. A lockout then stops strangers only: someone who types five
 * wrong passwords for a colleague's name cannot shut that colleague out of their own
 * device. Every node signs with the same key ({@link DeviceKey}), so a device known on one
 * node is known on all of them, and after a restart too.
 */
final class KnownDevices {

    static final String COOKIE = "bordspiegel-device";
    private static final int MAX_AGE_SECONDS = 60 * 60 * 24 * 180;

    private final Supplier<byte[]> secret;
    private volatile SecretKeySpec key;

    /** Read at the first sign-in, not at start: the database key's table exists only once Flyway has run. */
    KnownDevices(Supplier<byte[]> secret) {
        this.secret = secret;
    }

    /** The key from the setting when it is set (checked now), else the one shared in the database. */
    static KnownDevices signedWith(String setting, JdbcTemplate jdbc) {
        if (setting != null && !setting.isBlank()) {
            byte[] fromSetting = DeviceKey.fromSetting(setting);
            return new KnownDevices(() -> fromSetting);
        }
        return new KnownDevices(() -> DeviceKey.sharedIn(jdbc));
    }

    boolean isKnown(HttpServletRequest request, String loginName) {
        if (request == null || request.getCookies() == null) {
            return false;
        }
        byte[] expected = signature(loginName).getBytes(StandardCharsets.US_ASCII);
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())
                    && MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    void remember(HttpServletRequest request, HttpServletResponse response, String loginName) {
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, signature(loginName));
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setPath("/");
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(secret.get(), "HmacSHA256");
                }
                known = key;
            }
        }
        return known;
    }

    private String signature(String loginName) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] signed = mac.doFinal(LoginThrottle.key(loginName).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
