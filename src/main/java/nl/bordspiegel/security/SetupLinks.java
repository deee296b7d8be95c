package nl.bordspiegel.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time set-password links made by the operator's commands ({@code create-admin},
 * {@code restore}), which run without a web server, a signed-in admin or JPA. The link is
 * marked as made by the person themself: no admin made it. Only the token's hash is kept.
 */
@Component
public class SetupLinks {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String publicUrl;

    SetupLinks(JdbcTemplate jdbc, Clock clock, @Value("${bordspiegel.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** A new link for the person; their earlier unused links stop working. */
    public String linkFor(long personId) {
        LocalDateTime now = LocalDateTime.now(clock);
        String token = PasswordService.newToken();
        jdbc.update("update set_password_token set used_at = ? where person_id = ? and used_at is null",
                Timestamp.valueOf(now), personId);
        jdbc.update("insert into set_password_token (token_hash, person_id, created_by_id, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?)", PasswordService.hash(token), personId, personId, Timestamp.valueOf(now),
                Timestamp.valueOf(now.plus(PasswordService.LINK_VALIDITY)));
        return PasswordService.link(publicUrl, token);
    }
}
