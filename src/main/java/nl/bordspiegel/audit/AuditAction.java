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
    PASSWORD_SET_WITH_LINK,
    PASSWORD_RESET_AWAITS_CONFIRMATION,
    PASSWORD_RESET_CONFIRMED,
    PASSWORD_RESET_REFUSED,
    PASSWORD_CHANGED,
    STAFF_IMPORTED,
    SCHOOL_IMPORTED,
    SCHOOL_EXPORTED,
    SCHOOL_REPLACED,
    SETTINGS_CHANGED,
    DATA_DELETED,
    DATA_ANONYMISED,
    SHARED,
    UNSHARED,
    SESSION_CORRECTED,
    SESSION_REOPENED
}
