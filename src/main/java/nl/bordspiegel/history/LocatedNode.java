package nl.bordspiegel.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bordspiegel.shared.InvalidInputException;

/**
 * A JSON value together with its place in the file, so that every typed read can name where
 * it failed. A JSON {@code null} counts as absent: hand-edited files use both. The place is
 * spelled out only when it is needed (an error): a large school has hundreds of thousands of
 * values, and building each one's place up front made reading it several times slower.
 */
record LocatedNode(JsonNode json, LocatedNode parent, String step) {

    /** Far above anything typed on a board, far below a document pasted by mistake. */
    private static final int MAX_TEXT_LENGTH = 2000;
    /** The longest name the forms accept for a school, person or team. */
    private static final int NAME_MAX = 200;
    /** Line breaks and tabs belong in longer texts; other control characters belong nowhere. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    /** Only a sanity check: the email is the login, so it must at least look like an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    static LocatedNode root(JsonNode json) {
        return new LocatedNode(json, null, "");
    }

    boolean isAbsent() {
        return json == null || json.isNull() || json.isMissingNode();
    }

    LocatedNode get(String field) {
        requireObject();
        return new LocatedNode(json.get(field), this, field);
    }

    <T> T optional(Function<LocatedNode, T> read) {
        return isAbsent() ? null : read.apply(this);
    }

    String text() {
        require(JsonNode::isTextual, "text");
        String text = json.textValue();
        if (text.isBlank()) {
            throw problem("empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw problem("too long (" + text.length() + " characters, at most " + MAX_TEXT_LENGTH + ")");
        }
        if (CONTROL.matcher(text).find()) {
            throw problem("holds a control character");
        }
        return text;
    }

    /** A name of a school, person or team: the rules of the forms that make one (InvalidInputException.requireLine). */
    String name() {
        String text = text();
        try {
            return InvalidInputException.requireLine(text, NAME_MAX, "security.input.field.name");
        } catch (InvalidInputException refused) {
            throw problem(refused.message(Locale.ENGLISH));
        }
    }

    String email() {
        String email = text();
        if (!EMAIL.matcher(email).matches()) {
            throw problem("not an email \"" + email + "\"");
        }
        return email;
    }

    LocalDate date() {
        String text = text();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem("not a date \"" + text + "\"");
        }
    }

    double number() {
        require(JsonNode::isNumber, "a number");
        return json.doubleValue();
    }

    int minutes() {
        require(node -> node.isIntegralNumber() && node.canConvertToInt(), "a whole number");
        int minutes = json.intValue();
        if (minutes < 0) {
            throw problem("negative (" + minutes + ")");
        }
        return minutes;
    }

    boolean flag() {
        require(JsonNode::isBoolean, "true or false");
        return json.booleanValue();
    }

    <E extends Enum<E>> E choice(Class<E> type) {
        String name = text();
        E[] values = type.getEnumConstants();
        for (E value : values) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw problem("unknown value \"" + name + "\" (one of "
                + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }

    List<LocatedNode> list() {
        require(JsonNode::isArray, "a list");
        List<LocatedNode> elements = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            elements.add(new LocatedNode(json.get(i), this, "[" + i + "]"));
        }
        return elements;
    }

    List<LocatedNode> listOrEmpty() {
        return isAbsent() ? List.of() : list();
    }

    /** The fields of an object by name, in file order. */
    Map<String, LocatedNode> fields() {
        requireObject();
        Map<String, LocatedNode> fields = new LinkedHashMap<>();
        json.properties().forEach(field ->
                fields.put(field.getKey(), new LocatedNode(field.getValue(), this, field.getKey())));
        return fields;
    }

    /** Where this value stands, e.g. {@code sessions[3].attendance}; empty for the document itself. */
    String place() {
        if (parent == null) {
            return step;
        }
        String above = parent.place();
        if (above.isEmpty() || step.startsWith("[")) {
            return above + step;
        }
        return above + "." + step;
    }

    HistoryFormatException problem(String problem) {
        String place = place();
        return new HistoryFormatException(place.isEmpty() ? "document" : place, problem);
    }

    private void requireObject() {
        require(JsonNode::isObject, "an object");
    }

    private void require(Predicate<JsonNode> expected, String what) {
        if (isAbsent()) {
            throw problem("missing");
        }
        if (!expected.test(json)) {
            throw problem("expected " + what + " but was " + describe(json));
        }
    }

    private static String describe(JsonNode json) {
        return switch (json.getNodeType()) {
            case STRING -> "text \"" + json.textValue() + "\"";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> json.asText();
        };
    }
}
