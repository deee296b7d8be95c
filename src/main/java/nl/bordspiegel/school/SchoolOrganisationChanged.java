package nl.bordspiegel.school;

/**
 * An admin changed how the school is organised: its people, their roles, its teams and who
 * is in them, or its settings. Published inside the admin's transaction, so a listener there
 * (the school's data version) commits or rolls back with the change.
 */
public record SchoolOrganisationChanged(long schoolId) {
}
