package nl.bordspiegel.mirror.ui;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bordspiegel.leadership.CycleProfile;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.shared.Markup;

/**
 * The mirror's charts as small SVG documents built on the server: no chart library, no
 * frontend build, and a test can read the markup. Colours tell patterns apart and carry no
 * judgement (no red or green).
 */
final class Charts {

    static final Map<Pattern, String> COLOURS = Map.of(
            Pattern.TEAMPLAYER, "#2a7ab0", Pattern.KEYPLAYER, "#8a5cb8", Pattern.FACILITATOR, "#c08a2a");
    private static final int BAR_WIDTH = 220;

    private Charts() {
    }

    /** One horizontal bar per pattern, in the model's order (never sorted by size: no ranking). */
    static String shares(Map<Pattern, Double> rounded, Function<Pattern, String> name) {
        String label = Arrays.stream(Pattern.values())
                .map(pattern -> name.apply(pattern) + " " + Math.round(rounded.getOrDefault(pattern, 0.0) * 100) + " %")
                .collect(Collectors.joining(", "));
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='400' height='96'"
                + " viewBox='0 0 400 96' role='img' class='mirror-share-chart' aria-label='" + Markup.escape(label) + "'>"
                + "<title>" + Markup.escape(label) + "</title>");
        int y = 6;
        for (Pattern pattern : Pattern.values()) {
            double share = rounded.getOrDefault(pattern, 0.0);
            svg.append("<text x='0' y='").append(y + 16).append("' font-size='14'>")
                    .append(Markup.escape(name.apply(pattern))).append("</text>")
                    .append("<rect x='120' y='").append(y + 2).append("' width='").append(BAR_WIDTH)
                    .append("' height='18' fill='#e8ecef'/>")
                    .append("<rect x='120' y='").append(y + 2).append("' width='")
                    .append(Math.round(share * BAR_WIDTH)).append("' height='18' fill='").append(COLOURS.get(pattern))
                    .append("' data-pattern='").append(pattern).append("'/>")
                    .append("<text x='348' y='").append(y + 16).append("' font-size='14'>")
                    .append(Math.round(share * 100)).append(" %</text>");
            y += 30;
        }
        return svg.append("</svg>").toString();
    }

    /** The shares per cycle as three lines; a cycle with too little data breaks the lines. */
    static String trend(List<CycleProfile> trend, Function<Pattern, String> name, Locale locale) {
        int width = 520;
        int height = 200;
        int left = 40;
        int top = 10;
        int plotHeight = 130;
        int step = trend.size() > 1 ? (width - left - 20) / (trend.size() - 1) : 0;
        DateTimeFormatter cycleDay = DateTimeFormatter.ofPattern("d MMM", locale);
        // The chart's text alternative: per cycle the three shares, or that there was too little to show.
        String label = trend.stream().filter(cycle -> cycle.profile().status() == LeadershipProfile.Status.OK)
                .map(cycle -> cycle.cycle().at().format(cycleDay) + ": " + Arrays.stream(Pattern.values())
                        .map(pattern -> name.apply(pattern) + " " + Math.round(cycle.profile().share(pattern) * 100) + " %")
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='" + width + "' height='"
                + height + "' viewBox='0 0 " + width + " " + height + "' role='img' class='mirror-trend-chart'"
                + " aria-label='" + Markup.escape(label) + "'><title>" + Markup.escape(label) + "</title>");
        for (int pct = 0; pct <= 100; pct += 50) {
            int y = top + plotHeight - pct * plotHeight / 100;
            svg.append("<line x1='").append(left).append("' x2='").append(width - 10).append("' y1='").append(y)
                    .append("' y2='").append(y).append("' stroke='#d5dbe0'/>")
                    .append("<text x='0' y='").append(y + 4).append("' font-size='11'>").append(pct).append(" %</text>");
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", locale);
        for (int i = 0; i < trend.size(); i++) {
            svg.append("<text x='").append(left + i * step - 14).append("' y='").append(top + plotHeight + 18)
                    .append("' font-size='11'>").append(Markup.escape(trend.get(i).cycle().at().format(day))).append("</text>");
        }
        for (Pattern pattern : Pattern.values()) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < trend.size(); i++) {
                LeadershipProfile profile = trend.get(i).profile();
                if (profile.status() != LeadershipProfile.Status.OK) {
                    flush(svg, points, pattern);
                    continue;
                }
                int x = left + i * step;
                int y = top + plotHeight - (int) Math.round(profile.share(pattern) * plotHeight);
                points.append(x).append(',').append(y).append(' ');
                svg.append("<circle cx='").append(x).append("' cy='").append(y).append("' r='3' fill='")
                        .append(COLOURS.get(pattern)).append("'/>");
            }
            flush(svg, points, pattern);
        }
        int x = left;
        for (Pattern pattern : Pattern.values()) {
            svg.append("<rect x='").append(x).append("' y='").append(height - 16).append("' width='12' height='12' fill='")
                    .append(COLOURS.get(pattern)).append("'/><text x='").append(x + 16).append("' y='")
                    .append(height - 6).append("' font-size='12'>").append(Markup.escape(name.apply(pattern))).append("</text>");
            x += 150;
        }
        return svg.append("</svg>").toString();
    }

    private static void flush(StringBuilder svg, StringBuilder points, Pattern pattern) {
        if (points.length() > 0) {
            svg.append("<polyline fill='none' stroke-width='2' stroke='").append(COLOURS.get(pattern))
                    .append("' data-pattern='").append(pattern).append("' points='").append(points.toString().strip())
                    .append("'/>");
            points.setLength(0);
        }
    }
}
