package nl.bordspiegel.school;

import nl.bordspiegel.shared.InvalidInputException;

/**
 * What replacing the admin's school with a school file would do: the school that goes, the
 * school that comes, and the first problem that stops it: {@code refusal} is a message of ours;
 * {@code place} and {@code problem} come from the file check and name where it failed.
 */
public record ReplacementPreview(String currentName, int currentPeople, int currentTeams,
                                 String fileName, int people, int teams, int sessions, int boardCards,
                                 InvalidInputException refusal, String place, String problem) {

    /** Nothing stops the replacement: applying it now would succeed. */
    public boolean applicable() {
        return refusal == null && problem == null;
    }
}
