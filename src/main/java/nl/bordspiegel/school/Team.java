package nl.bordspiegel.school;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import nl.bordspiegel.shared.InvalidInputException;

/** A team of teachers with one board, the leaders who follow it and its school coaches. */
@Entity
class Team {

    static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    private String name;

    private boolean archived;

    // Person ids, not entities: memberships are small sets read with the team.
    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "person_id")
    private Set<Long> members = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "team_leader", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "person_id")
    private Set<Long> leaders = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "team_coach", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "person_id")
    private Set<Long> coaches = new HashSet<>();

    @Version
    private int version;

    protected Team() {
    }

    Team(long schoolId, String name) {
        this.schoolId = schoolId;
        rename(name);
    }

    void rename(String newName) {
        this.name = InvalidInputException.requireLine(newName, NAME_MAX, "security.input.field.teamName");
    }

    void archive() {
        this.archived = true;
    }

    void restore() {
        this.archived = false;
    }

    void changePeople(Set<Long> newMembers, Set<Long> newLeaders, Set<Long> newCoaches) {
        members = new HashSet<>(newMembers);
        leaders = new HashSet<>(newLeaders);
        coaches = new HashSet<>(newCoaches);
    }

    /** A deactivated person leaves the team; what they did stays in its history. */
    void remove(long personId) {
        members.remove(personId);
        leaders.remove(personId);
        coaches.remove(personId);
    }

    Long id() {
        return id;
    }

    long schoolId() {
        return schoolId;
    }

    String name() {
        return name;
    }

    boolean archived() {
        return archived;
    }

    Set<Long> members() {
        return Set.copyOf(members);
    }

    Set<Long> leaders() {
        return Set.copyOf(leaders);
    }

    Set<Long> coaches() {
        return Set.copyOf(coaches);
    }
}
