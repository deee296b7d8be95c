package nl.bordspiegel.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.historymodel.SchoolHistory.Action;
import nl.bordspiegel.historymodel.SchoolHistory.CheckIn;
import nl.bordspiegel.historymodel.SchoolHistory.CoachUpdate;
import nl.bordspiegel.historymodel.SchoolHistory.Comment;
import nl.bordspiegel.historymodel.SchoolHistory.Goal;
import nl.bordspiegel.historymodel.SchoolHistory.Idea;
import nl.bordspiegel.historymodel.SchoolHistory.Measurement;
import nl.bordspiegel.historymodel.SchoolHistory.Person;
import nl.bordspiegel.historymodel.SchoolHistory.School;
import nl.bordspiegel.historymodel.SchoolHistory.Session;
import nl.bordspiegel.historymodel.SchoolHistory.Success;
import nl.bordspiegel.historymodel.SchoolHistory.Team;
import nl.bordspiegel.historymodel.SchoolHistory.TimeEntry;
import nl.bordspiegel.historymodel.SchoolHistory.VisionItem;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.Sector;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/**
 * Reads a {@code school-history/1} file and accepts it only whole: on the first problem it
 * throws a {@link HistoryFormatException} naming the place. Sections are checked in the order of
 * the format, records and fields within them in file order. Every reference points to an earlier
 * section (people, teams, ideas), so one pass checks them all. Fields the format does not know
 * are ignored, as the product may add some.
 */
public final class HistoryReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // A field given twice would otherwise silently keep the last value.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Content after the document means a damaged or concatenated file.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // The caller owns the stream or reader it hands in.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final Map<String, Person> people = new HashMap<>();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> teams = new HashSet<>();
    private final Set<String> goals = new HashSet<>();
    private final Set<String> ideas = new HashSet<>();

    private HistoryReader() {
    }

    public static SchoolHistory read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static SchoolHistory read(InputStream in) throws IOException {
        return read(JSON.createParser(in));
    }

    public static SchoolHistory read(Reader reader) throws IOException {
        return read(JSON.createParser(reader));
    }

    private static SchoolHistory read(JsonParser parser) throws IOException {
        try (parser) {
            return new HistoryReader().history(LocatedNode.root(JSON.readTree(parser)));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private static HistoryFormatException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String place = at == null ? "document" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new HistoryFormatException(place, "malformed JSON: " + e.getOriginalMessage());
    }

    private SchoolHistory history(LocatedNode root) {
        if (root.isAbsent()) {
            throw root.problem("empty");
        }
        LocatedNode formatNode = root.get("format");
        String format = formatNode.text();
        // Checked first: a file of another version would otherwise fail on some field deep inside.
        if (!format.equals(SchoolHistory.FORMAT)) {
            throw formatNode.problem("expected \"" + SchoolHistory.FORMAT + "\" but was \"" + format + "\"");
        }
        return new SchoolHistory(format,
                school(root.get("school")),
                each(root.get("people").list(), this::person),
                each(root.get("teams").list(), this::team),
                each(root.get("goals").listOrEmpty(), this::goal),
                each(root.get("sessions").listOrEmpty(), this::session),
                each(root.get("ideas").listOrEmpty(), this::idea),
                each(root.get("actions").listOrEmpty(), this::action),
                each(root.get("comments").listOrEmpty(), this::comment),
                each(root.get("successes").listOrEmpty(), this::success),
                each(root.get("visionItems").listOrEmpty(), this::visionItem),
                each(root.get("timeEntries").listOrEmpty(), this::timeEntry),
                each(root.get("coachUpdates").listOrEmpty(), this::coachUpdate),
                each(root.get("checkIns").listOrEmpty(), this::checkIn));
    }

    private static School school(LocatedNode node) {
        return new School(node.get("name").name(), node.get("sector").choice(Sector.class));
    }

    private Person person(LocatedNode node) {
        String key = unique(node.get("key"), people.keySet());
        String name = node.get("name").name();
        LocatedNode emailNode = node.get("email");
        String email = emailNode.email();
        // The email is the login, and logins are not case-sensitive.
        if (!emails.add(email.toLowerCase(Locale.ROOT))) {
            throw emailNode.problem("duplicate email \"" + email + "\"");
        }
        Person person = new Person(key, name, email, each(atLeastOne(node.get("roles")), role -> role.choice(Role.class)));
        people.put(key, person);
        return person;
    }

    private Team team(LocatedNode node) {
        String key = unique(node.get("key"), teams);
        teams.add(key);
        return new Team(key, node.get("name").name(),
                each(node.get("members").listOrEmpty(), this::personKey),
                each(node.get("leaders").listOrEmpty(), leader -> holding(leader, Role.LEADER)),
                each(node.get("coaches").listOrEmpty(), coach -> holding(coach, Role.COACH)));
    }

    private Goal goal(LocatedNode node) {
        String key = unique(node.get("key"), goals);
        goals.add(key);
        return new Goal(key, teamKey(node.get("team")), node.get("title").text(), node.get("measure").text(),
                node.get("target").optional(LocatedNode::number),
                each(node.get("measurements").listOrEmpty(),
                        measurement -> new Measurement(measurement.get("date").date(), measurement.get("value").number())));
    }

    private Session session(LocatedNode node) {
        return new Session(teamKey(node.get("team")), node.get("date").date(),
                node.get("durationMinutes").optional(LocatedNode::minutes),
                node.get("ledBy").optional(this::personKey),
                Boolean.TRUE.equals(node.get("cancelled").optional(LocatedNode::flag)),
                node.get("cancelReason").optional(LocatedNode::text),
                attendance(node.get("attendance")));
    }

    /** A cancelled session has no attendance, so the map may be left out. */
    private Map<String, AttendanceMark> attendance(LocatedNode node) {
        Map<String, AttendanceMark> marks = new HashMap<>();
        if (node.isAbsent()) {
            return marks;
        }
        node.fields().forEach((person, mark) -> {
            if (!people.containsKey(person)) {
                throw node.problem("unknown person \"" + person + "\"");
            }
            marks.put(person, mark.choice(AttendanceMark.class));
        });
        return marks;
    }

    private Idea idea(LocatedNode node) {
        String key = unique(node.get("key"), ideas);
        ideas.add(key);
        return new Idea(key, teamKey(node.get("team")), personKey(node.get("author")), node.get("date").date(),
                node.get("text").text(), node.get("status").choice(IdeaStatus.class));
    }

    private Action action(LocatedNode node) {
        return new Action(teamKey(node.get("team")), node.get("title").text(),
                node.get("owner").optional(this::personKey),
                personKey(node.get("createdBy")),
                node.get("fromIdea").optional(idea -> known(idea, ideas, "idea")),
                node.get("created").date(),
                node.get("due").optional(LocatedNode::date),
                node.get("status").choice(ActionStatus.class),
                node.get("closed").optional(LocatedNode::date));
    }

    private Comment comment(LocatedNode node) {
        return new Comment(teamKey(node.get("team")), personKey(node.get("author")), node.get("date").date(),
                node.get("kind").choice(CommentKind.class), node.get("text").text());
    }

    private Success success(LocatedNode node) {
        return new Success(teamKey(node.get("team")), personKey(node.get("author")), node.get("date").date(),
                node.get("text").text());
    }

    private VisionItem visionItem(LocatedNode node) {
        return new VisionItem(node.get("title").text(), personKey(node.get("author")),
                each(node.get("coAuthors").listOrEmpty(), this::personKey), node.get("date").date());
    }

    private TimeEntry timeEntry(LocatedNode node) {
        return new TimeEntry(personKey(node.get("person")), node.get("date").date(), node.get("minutes").minutes(),
                node.get("category").choice(TimeCategory.class));
    }

    private CoachUpdate coachUpdate(LocatedNode node) {
        return new CoachUpdate(personKey(node.get("author")), each(atLeastOne(node.get("to")), this::personKey),
                node.get("date").date(), node.get("text").text(), node.get("team").optional(this::teamKey));
    }

    private CheckIn checkIn(LocatedNode node) {
        return new CheckIn(personKey(node.get("person")), node.get("date").date(),
                node.get("timeFeeling").choice(TimeFeeling.class));
    }

    private String personKey(LocatedNode node) {
        return known(node, people.keySet(), "person");
    }

    private String teamKey(LocatedNode node) {
        return known(node, teams, "team");
    }

    /** A team's leaders and coaches are its scope and its support: only people in that role qualify. */
    private String holding(LocatedNode node, Role role) {
        String key = personKey(node);
        if (!people.get(key).has(role)) {
            throw node.problem("\"" + key + "\" does not hold role " + role);
        }
        return key;
    }

    private static String known(LocatedNode node, Collection<String> keys, String what) {
        String key = node.text();
        if (!keys.contains(key)) {
            throw node.problem("unknown " + what + " \"" + key + "\"");
        }
        return key;
    }

    private static String unique(LocatedNode node, Collection<String> keys) {
        String key = node.text();
        if (keys.contains(key)) {
            throw node.problem("duplicate key \"" + key + "\"");
        }
        return key;
    }

    /** For lists where none would be meaningless: a person without a role, an update to nobody. */
    private static List<LocatedNode> atLeastOne(LocatedNode node) {
        List<LocatedNode> elements = node.list();
        if (elements.isEmpty()) {
            throw node.problem("empty (at least one needed)");
        }
        return elements;
    }

    /** A loop, not a stream: the reads have side effects and must run in file order. */
    private static <T> List<T> each(List<LocatedNode> nodes, Function<LocatedNode, T> read) {
        List<T> results = new ArrayList<>();
        for (LocatedNode node : nodes) {
            results.add(read.apply(node));
        }
        return results;
    }
}
