package nl.bordspiegel.security;

/**
 * Something happened to a person's password that the school must be able to trace; the
 * audit log records it. {@code byPersonId} is whoever made the link (the person themself
 * for links from the operator's commands).
 */
public record PasswordEvent(Kind kind, long schoolId, long personId, String personName, long byPersonId,
                            String byName) {

    public enum Kind {
        /** Someone set the password with a one-time link. */
        SET_WITH_LINK,
        /** An admin made a link for a person who already has a password; it waits for that person. */
        RESET_AWAITS_CONFIRMATION,
        /** The person allowed the admin's reset link. */
        RESET_CONFIRMED,
        /** The person refused the admin's reset link. */
        RESET_REFUSED,
        /** The person changed their own password; their other sessions ended. */
        CHANGED
    }
}
