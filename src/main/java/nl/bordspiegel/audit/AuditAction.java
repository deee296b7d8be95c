package nl.bordspiegel.audit;

/**
 * What an audit entry records. Add a value when a feature does something a school must be
 * able to trace, with {@code audit.action.<NAME>} in both translation files.
 */
public enum AuditAction {
    PERSON_ADDED,
    PERSON_CHANGED,
    ROLES_CHANGED,
    PERSON_DEACTIVATED,
    PERSON_REACTIVATED,
    TEAM_CHANGED,
    PASSWORD_LINK_CREATED,
    STAFF_IMPORTED,
    SCHOOL_IMPORTED,
    SCHOOL_EXPORTED,
    SETTINGS_CHANGED,
    DATA_DELETED,
    DATA_ANONYMISED,
    SHARED,
    UNSHARED
}
