package nl.bordspiegel.school;

/** A team as other features see it: its id and name. */
public record TeamSummary(long id, String name) {
}
