package nl.bordspiegel.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Device cookies (OWASP): a browser where a person signed in before carries a signed
 * cookie for that login name. A lockout then stops strangers only: someone who types five
 * wrong passwords for a colleague's name cannot shut that colleague out of their own
 * device. The key lives in memory; after a restart every device is new again, which only
 * means the normal throttle applies.
 */
final class KnownDevices {

    static final String COOKIE = "bordspiegel-device";
    private static final int MAX_AGE_SECONDS = 60 * 60 * 24 * 180;

    private final SecretKeySpec key;

    KnownDevices() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
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

    private String signature(String loginName) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signed = mac.doFinal(LoginThrottle.key(loginName).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
