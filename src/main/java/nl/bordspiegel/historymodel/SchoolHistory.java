package nl.bordspiegel.historymodel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.Sector;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/**
 * Everything a school recorded, as plain values: the in-memory form of a
 * {@code school-history/1} file. References between parts are the file's local keys.
 * Optional fields are {@code null}; lists are never null.
 */
public record SchoolHistory(
        String format,
        School school,
        List<Person> people,
        List<Team> teams,
        List<Goal> goals,
        List<Session> sessions,
        List<Idea> ideas,
        List<Action> actions,
        List<Comment> comments,
        List<Success> successes,
        List<VisionItem> visionItems,
        List<TimeEntry> timeEntries,
        List<CoachUpdate> coachUpdates,
        List<CheckIn> checkIns) {

    public static final String FORMAT = "school-history/1";

    public SchoolHistory {
        people = List.copyOf(people);
        teams = List.copyOf(teams);
        goals = List.copyOf(goals);
        sessions = List.copyOf(sessions);
        ideas = List.copyOf(ideas);
        actions = List.copyOf(actions);
        comments = List.copyOf(comments);
        successes = List.copyOf(successes);
        visionItems = List.copyOf(visionItems);
        timeEntries = List.copyOf(timeEntries);
        coachUpdates = List.copyOf(coachUpdates);
        checkIns = List.copyOf(checkIns);
    }

    public record School(String name, Sector sector) {
    }

    public record Person(String key, String name, String email, List<Role> roles) {
        public Person {
            roles = List.copyOf(roles);
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** {@code leaders} are the school leaders who follow this team: their scope. */
    public record Team(String key, String name, List<String> members, List<String> leaders, List<String> coaches) {
        public Team {
            members = List.copyOf(members);
            leaders = List.copyOf(leaders);
            coaches = List.copyOf(coaches);
        }
    }

    /** {@code target} may be null when a goal has no numeric target. */
    public record Goal(String key, String team, String title, String measure, Double target,
                       List<Measurement> measurements) {
        public Goal {
            measurements = List.copyOf(measurements);
        }
    }

    public record Measurement(LocalDate date, double value) {
    }

    /** {@code ledBy} and {@code durationMinutes} may be null; {@code cancelReason} only for cancelled ones. */
    public record Session(String team, LocalDate date, Integer durationMinutes, String ledBy, boolean cancelled,
                          String cancelReason, Map<String, AttendanceMark> attendance) {
        public Session {
            attendance = Map.copyOf(attendance);
        }
    }

    public record Idea(String key, String team, String author, LocalDate date, String text, IdeaStatus status) {
    }

    /**
     * {@code owner}, {@code fromIdea}, {@code due} and {@code closed} may be null.
     * {@code closed}, the day it was done or dropped, is a field this product adds to the format.
     */
    public record Action(String team, String title, String owner, String createdBy, String fromIdea,
                         LocalDate created, LocalDate due, ActionStatus status, LocalDate closed) {

        /** An action without a closing day: open, or closed before the day was recorded. */
        public Action(String team, String title, String owner, String createdBy, String fromIdea,
                      LocalDate created, LocalDate due, ActionStatus status) {
            this(team, title, owner, createdBy, fromIdea, created, due, status, null);
        }
    }

    public record Comment(String team, String author, LocalDate date, CommentKind kind, String text) {
    }

    public record Success(String team, String author, LocalDate date, String text) {
    }

    public record VisionItem(String title, String author, List<String> coAuthors, LocalDate date) {
        public VisionItem {
            coAuthors = List.copyOf(coAuthors);
        }
    }

    public record TimeEntry(String person, LocalDate date, int minutes, TimeCategory category) {
    }

    /** {@code team} may be null: an update about the school as a whole. */
    public record CoachUpdate(String author, List<String> to, LocalDate date, String text, String team) {
        public CoachUpdate {
            to = List.copyOf(to);
        }
    }

    public record CheckIn(String person, LocalDate date, TimeFeeling timeFeeling) {
    }
}
