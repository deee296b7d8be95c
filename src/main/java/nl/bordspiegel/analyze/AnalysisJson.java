package nl.bordspiegel.analyze;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.DimensionResult;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.leadership.Window;
import nl.bordspiegel.shared.Messages;

/** The JSON document {@code analyze} prints, in the field order of history-format.md. */
final class AnalysisJson {

    /** Shares and fits are shown to two decimals, signals to three: enough to read, stable to compare. */
    private static final int SHARE_DECIMALS = 2;
    private static final int SIGNAL_DECIMALS = 3;

    private final ObjectMapper mapper;
    private final ObjectNode root;
    private final ArrayNode leaders;
    private final Locale language;

    AnalysisJson(ObjectMapper mapper, Window window, Locale language) {
        this.mapper = mapper;
        this.language = language;
        root = mapper.createObjectNode();
        root.put("at", window.at().toString());
        root.put("weeks", window.weeks());
        leaders = root.putArray("leaders");
    }

    void add(SchoolHistory.Person leader, LeadershipProfile profile) {
        ObjectNode node = leaders.addObject();
        node.put("key", leader.key());
        node.put("name", leader.name());
        node.put("status", profile.status().name());
        node.put("primary", profile.primary() == null ? null : profile.primary().name());
        node.put("mixedWith", profile.mixedWith() == null ? null : profile.mixedWith().name());
        node.put("confidence", profile.confidence().name());
        shares(node.putObject("profile"), profile.roundedProfile(SHARE_DECIMALS));
        signals(node.putObject("signals"), profile.signals().asMap());
        ArrayNode dimensions = node.putArray("dimensions");
        for (DimensionResult result : profile.dimensions()) {
            ObjectNode dimension = dimensions.addObject();
            dimension.put("dimension", result.dimension().name());
            if (result.hasEvidence()) {
                shares(dimension.putObject("fit"), result.fit());
            } else {
                dimension.putNull("fit");
            }
            dimension.put("evidence", text(result.evidence()));
        }
        ArrayNode missing = node.putArray("missing");
        profile.missing().stream().map(this::text).forEach(missing::add);
    }

    String text() {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain values always serialises", e);
        }
    }

    private static void shares(ObjectNode node, Map<Pattern, Double> shares) {
        for (Pattern pattern : Pattern.values()) {
            node.put(pattern.name(), round(shares.getOrDefault(pattern, 0.0), SHARE_DECIMALS));
        }
    }

    private static void signals(ObjectNode node, Map<String, Object> signals) {
        signals.forEach((name, value) -> {
            if (value instanceof Double number) {
                node.put(name, round(number, SIGNAL_DECIMALS));
            } else if (value instanceof Integer count) {
                node.put(name, count);
            } else if (value instanceof Boolean flag) {
                node.put(name, flag);
            } else {
                node.put(name, String.valueOf(value));
            }
        });
    }

    private static double round(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }


    /** The inference names its texts; they are rendered here, in the requested language. */
    private String text(Message message) {
        return Messages.get(language, message.key(), message.arguments().toArray());
    }
}
