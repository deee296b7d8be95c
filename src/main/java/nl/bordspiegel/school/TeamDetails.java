package nl.bordspiegel.school;

import java.util.Set;

/** A team as the admin manages it, archived ones included. */
public record TeamDetails(long id, String name, boolean archived, Set<Long> members, Set<Long> leaders,
                          Set<Long> coaches) {

    public TeamDetails {
        members = Set.copyOf(members);
        leaders = Set.copyOf(leaders);
        coaches = Set.copyOf(coaches);
    }
}
