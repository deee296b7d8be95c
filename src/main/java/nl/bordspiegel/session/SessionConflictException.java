package nl.bordspiegel.session;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Another screen got there first: the session was closed or cancelled meanwhile, or the
 * action under review was already dealt with. Not bad input, but a conflict, so a subtype of
 * Spring's optimistic lock failure: a screen handles it like any other write it was beaten to.
 */
public class SessionConflictException extends OptimisticLockingFailureException {

    public SessionConflictException(String message) {
        super(message);
    }
}
