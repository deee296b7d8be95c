package nl.bordspiegel.mirror;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Role;

/**
 * The mirror's privacy rules in one place, so the four mirror services (mirror, journal,
 * sharing, nudges) refuse in the same way: a leader's record is read by that leader alone,
 * whatever other roles a caller holds.
 */
@Component
class MirrorAccess {

    private final CurrentUser currentUser;

    MirrorAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    SignedInUser requireLeader() {
        SignedInUser me = currentUser.require();
        if (!me.has(Role.LEADER)) {
            throw new AccessDeniedException("The mirror is for school leaders");
        }
        return me;
    }

    /** The privacy rule: a leader's mirror is read by that leader only (coach and admin roles give no access). */
    SignedInUser requireSelf(long leaderId) {
        SignedInUser me = requireLeader();
        if (me.personId() != leaderId) {
            throw new AccessDeniedException("A leader's mirror is private");
        }
        return me;
    }

    SignedInUser requireCoach() {
        SignedInUser me = currentUser.require();
        if (!me.has(Role.COACH)) {
            throw new AccessDeniedException("Shared snapshots are for school coaches");
        }
        return me;
    }

    SignedInUser requireTeacher() {
        SignedInUser me = currentUser.require();
        if (!me.has(Role.TEACHER) && !me.has(Role.COACH)) {
            throw new AccessDeniedException("The team view is answered by teachers");
        }
        return me;
    }

    /** The signed-in leader, or empty for anyone else (signed out included). */
    Optional<SignedInUser> leader() {
        return currentUser.get().filter(u -> u.has(Role.LEADER));
    }
}
