package nl.bordspiegel.security;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.SchoolData;

/** Sign-in's share of data retention: nothing dated to keep, but a forgotten person's links and throttle go. */
@Component
class AccountData implements SchoolData {

    private final JdbcTemplate jdbc;

    AccountData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Kind, Long> countOld(Scope scope) {
        return Map.of();
    }

    @Override
    public void deleteOld(Scope scope) {
        // Password links expire and the throttle forgets by itself.
    }

    @Override
    public void anonymiseOld(Scope scope) {
        // Nothing written by people here.
    }

    @Override
    public Set<Long> activeSince(Scope scope) {
        return Set.of();
    }

    @Override
    public void forget(long personId, String oldEmail, String newName) {
        jdbc.update("delete from set_password_token where person_id = ?", personId);
        jdbc.update("delete from login_throttle where email = ?", oldEmail);
    }
}
