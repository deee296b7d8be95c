package nl.bordspiegel.school;

import java.util.List;

/** Who belongs to a team: its members, the leaders who follow it and its coaches. */
public record TeamPeople(TeamSummary team, List<PersonSummary> members, List<PersonSummary> leaders,
                         List<PersonSummary> coaches) {

    public TeamPeople {
        members = List.copyOf(members);
        leaders = List.copyOf(leaders);
        coaches = List.copyOf(coaches);
    }

    /** Everyone whose attendance a session records: members first, then leaders. */
    public List<PersonSummary> expectedAtSessions() {
        return java.util.stream.Stream.concat(members.stream(), leaders.stream()).distinct().toList();
    }
}
