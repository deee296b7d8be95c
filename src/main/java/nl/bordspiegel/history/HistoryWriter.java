package nl.bordspiegel.history;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.historymodel.SchoolHistory.Action;
import nl.bordspiegel.historymodel.SchoolHistory.CheckIn;
import nl.bordspiegel.historymodel.SchoolHistory.CoachUpdate;
import nl.bordspiegel.historymodel.SchoolHistory.Comment;
import nl.bordspiegel.historymodel.SchoolHistory.Goal;
import nl.bordspiegel.historymodel.SchoolHistory.Idea;
import nl.bordspiegel.historymodel.SchoolHistory.Person;
import nl.bordspiegel.historymodel.SchoolHistory.Session;
import nl.bordspiegel.historymodel.SchoolHistory.Success;
import nl.bordspiegel.historymodel.SchoolHistory.Team;
import nl.bordspiegel.historymodel.SchoolHistory.TimeEntry;
import nl.bordspiegel.historymodel.SchoolHistory.VisionItem;

/**
 * Writes a {@link SchoolHistory} as {@code school-history/1} JSON that {@link HistoryReader} reads
 * back to an equal history. Fields come in the order of the format's documentation and absent
 * optional values are left out, so that exports of the same school compare line by line.
 */
public final class HistoryWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HistoryWriter() {
    }

    /** Leaves {@code out} open: the caller owns it, e.g. an HTTP response that still needs finishing. */
    public static void write(SchoolHistory history, OutputStream out) throws IOException {
        out.write(toJson(history).getBytes(StandardCharsets.UTF_8));
    }

    public static String toJson(SchoolHistory history) {
        return tree(history).toPrettyString();
    }

    private static ObjectNode tree(SchoolHistory history) {
        ObjectNode root = NODES.objectNode();
        root.put("format", history.format());
        root.putObject("school")
                .put("name", history.school().name())
                .put("sector", history.school().sector().name());
        root.set("people", array(history.people(), HistoryWriter::person));
        root.set("teams", array(history.teams(), HistoryWriter::team));
        root.set("goals", array(history.goals(), HistoryWriter::goal));
        root.set("sessions", array(history.sessions(), HistoryWriter::session));
        root.set("ideas", array(history.ideas(), HistoryWriter::idea));
        root.set("actions", array(history.actions(), HistoryWriter::action));
        root.set("comments", array(history.comments(), HistoryWriter::comment));
        root.set("successes", array(history.successes(), HistoryWriter::success));
        root.set("visionItems", array(history.visionItems(), HistoryWriter::visionItem));
        root.set("timeEntries", array(history.timeEntries(), HistoryWriter::timeEntry));
        root.set("coachUpdates", array(history.coachUpdates(), HistoryWriter::coachUpdate));
        root.set("checkIns", array(history.checkIns(), HistoryWriter::checkIn));
        return root;
    }

    private static ObjectNode person(Person person) {
        ObjectNode node = NODES.objectNode()
                .put("key", person.key())
                .put("name", person.name())
                .put("email", person.email());
        node.set("roles", array(person.roles(), role -> NODES.textNode(role.name())));
        return node;
    }

    private static ObjectNode team(Team team) {
        ObjectNode node = NODES.objectNode()
                .put("key", team.key())
                .put("name", team.name());
        node.set("members", keys(team.members()));
        node.set("leaders", keys(team.leaders()));
        node.set("coaches", keys(team.coaches()));
        return node;
    }

    private static ObjectNode goal(Goal goal) {
        ObjectNode node = NODES.objectNode()
                .put("key", goal.key())
                .put("team", goal.team())
                .put("title", goal.title())
                .put("measure", goal.measure());
        putIfPresent(node, "target", goal.target());
        node.set("measurements", array(goal.measurements(), measurement -> NODES.objectNode()
                .put("date", measurement.date().toString())
                .put("value", measurement.value())));
        return node;
    }

    private static ObjectNode session(Session session) {
        ObjectNode node = NODES.objectNode()
                .put("team", session.team())
                .put("date", session.date().toString());
        putIfPresent(node, "durationMinutes", session.durationMinutes());
        putIfPresent(node, "ledBy", session.ledBy());
        node.put("cancelled", session.cancelled());
        putIfPresent(node, "cancelReason", session.cancelReason());
        ObjectNode attendance = node.putObject("attendance");
        // The record's map has no order; sorting keeps repeated exports identical.
        new TreeMap<>(session.attendance()).forEach((person, mark) -> attendance.put(person, mark.name()));
        return node;
    }

    private static ObjectNode idea(Idea idea) {
        return NODES.objectNode()
                .put("key", idea.key())
                .put("team", idea.team())
                .put("author", idea.author())
                .put("date", idea.date().toString())
                .put("text", idea.text())
                .put("status", idea.status().name());
    }

    private static ObjectNode action(Action action) {
        ObjectNode node = NODES.objectNode()
                .put("team", action.team())
                .put("title", action.title());
        putIfPresent(node, "owner", action.owner());
        node.put("createdBy", action.createdBy());
        putIfPresent(node, "fromIdea", action.fromIdea());
        node.put("created", action.created().toString());
        putIfPresent(node, "due", action.due());
        node.put("status", action.status().name());
        putIfPresent(node, "closed", action.closed());
        return node;
    }

    private static ObjectNode comment(Comment comment) {
        return NODES.objectNode()
                .put("team", comment.team())
                .put("author", comment.author())
                .put("date", comment.date().toString())
                .put("kind", comment.kind().name())
                .put("text", comment.text());
    }

    private static ObjectNode success(Success success) {
        return NODES.objectNode()
                .put("team", success.team())
                .put("author", success.author())
                .put("date", success.date().toString())
                .put("text", success.text());
    }

    private static ObjectNode visionItem(VisionItem item) {
        ObjectNode node = NODES.objectNode()
                .put("title", item.title())
                .put("author", item.author());
        node.set("coAuthors", keys(item.coAuthors()));
        node.put("date", item.date().toString());
        return node;
    }

    private static ObjectNode timeEntry(TimeEntry entry) {
        return NODES.objectNode()
                .put("person", entry.person())
                .put("date", entry.date().toString())
                .put("minutes", entry.minutes())
                .put("category", entry.category().name());
    }

    private static ObjectNode coachUpdate(CoachUpdate update) {
        ObjectNode node = NODES.objectNode()
                .put("author", update.author());
        node.set("to", keys(update.to()));
        node.put("date", update.date().toString())
                .put("text", update.text());
        putIfPresent(node, "team", update.team());
        return node;
    }

    private static ObjectNode checkIn(CheckIn checkIn) {
        return NODES.objectNode()
                .put("person", checkIn.person())
                .put("date", checkIn.date().toString())
                .put("timeFeeling", checkIn.timeFeeling().name());
    }

    /** Dates, keys and text all write as their {@code toString()}: for {@link LocalDate} that is ISO. */
    private static void putIfPresent(ObjectNode node, String field, Object value) {
        if (value instanceof Integer number) {
            node.put(field, number);
        } else if (value instanceof Double number) {
            node.put(field, number);
        } else if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static ArrayNode keys(List<String> keys) {
        return array(keys, NODES::textNode);
    }

    private static <T> ArrayNode array(List<T> values, Function<T, ? extends JsonNode> toNode) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(value -> array.add(toNode.apply(value)));
        return array;
    }
}
