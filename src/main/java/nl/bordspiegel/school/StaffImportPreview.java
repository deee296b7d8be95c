package nl.bordspiegel.school;

import java.util.List;
import java.util.Set;

import nl.bordspiegel.shared.Role;

/**
 * What a staff CSV would do, before anything is applied: one row per person line, each with
 * its line number and its problems, and the teams that would be created.
 */
public record StaffImportPreview(List<Row> rows, List<Problem> fileProblems, List<String> newTeams) {

    public StaffImportPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
        newTeams = List.copyOf(newTeams);
    }

    /** Nothing is applied while any line has a problem: all or nothing. */
    public boolean canApply() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(row -> row.problems().isEmpty());
    }

    public long problemCount() {
        return fileProblems.size() + rows.stream().mapToLong(row -> row.problems().size()).sum();
    }

    public record Row(int line, String name, String email, Set<Role> roles, List<String> teams, List<Problem> problems) {
        public Row {
            roles = Set.copyOf(roles);
            teams = List.copyOf(teams);
            problems = List.copyOf(problems);
        }
    }

    /** A problem as a translation key with arguments, so the preview speaks the admin's language. */
    public record Problem(int line, String messageKey, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }
}
