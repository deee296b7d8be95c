package nl.bordspiegel.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secret that signs known-device cookies, the same on every node, so a device known on one
 * node is known on the next: from the setting BORDSPIEGEL_DEVICE_KEY, or else made once by the
 * first node and kept in the database. Whoever reads that row could only make a cookie that
 * spares a login name from the lockout; the password is still needed.
 */
final class DeviceKey {

    /** A setting shorter than this is too easy to guess; the start stops with a clear message. */
    static final int SETTING_MIN = 32;
    private static final int GENERATED_BYTES = 32;

    private DeviceKey() {
    }

    static byte[] fromSetting(String setting) {
        if (setting.length() < SETTING_MIN) {
            throw new IllegalStateException("BORDSPIEGEL_DEVICE_KEY must be at least " + SETTING_MIN
                    + " characters long, for example the output of: openssl rand -base64 32");
        }
        return setting.getBytes(StandardCharsets.UTF_8);
    }

    /** The key in the database; the first node writes it, and a node that loses that race reads the winner's. */
    static byte[] sharedIn(JdbcTemplate jdbc) {
        byte[] candidate = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(candidate);
        InsertIfAbsent.insert(jdbc, "insert into device_key (id, secret) values (1, ?)",
                Base64.getEncoder().encodeToString(candidate));
        return Base64.getDecoder().decode(jdbc.queryForObject("select secret from device_key where id = 1", String.class));
    }
}
