package nl.bordspiegel.mirror;

import java.time.LocalDateTime;

/** A snapshot the leader shared: with whom, when, and whether it was withdrawn (null if not). */
public record ShareView(long id, String coachName, LocalDateTime sharedAt, LocalDateTime withdrawnAt) {

    public boolean active() {
        return withdrawnAt == null;
    }
}
