package nl.bordspiegel.coach.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import nl.bordspiegel.coach.TeamTrend;
import nl.bordspiegel.shared.Markup;

/**
 * The team page's charts as plain SVG text, drawn on the server: no chart add-on (the
 * frontend bundle cannot be rebuilt), and a test can read every bar. Each bar carries a
 * {@code <title>} so hovering (or a screen reader) gives the week and the number.
 */
final class Charts {

    private static final int LEFT = 40;
    private static final int TOP = 10;
    private static final int PLOT_HEIGHT = 160;
    private static final int BOTTOM = 44;
    private static final int WEEK_WIDTH = 22;
    private static final String TEACHERS = "var(--lumo-primary-color)";
    private static final String LEADERS = "var(--bs-warning)";
    private static final String CANCELLED = "var(--lumo-contrast-20pct)";
    private static final String MISSING = "hsla(3, 75%, 48%, 0.18)";
    private static final String DONE = "var(--bs-success)";
    private static final String OVERDUE = "var(--bs-danger)";

    private Charts() {
    }

    /** Per week: teachers' and leaders' attendance side by side; cancelled and missing weeks shaded. */
    static String attendance(List<TeamTrend.Week> weeks, Locale locale, BiFunction<String, Object[], String> text) {
        StringBuilder svg = open(weeks.size(), text.apply("coach.team.attendanceChart", new Object[0]));
        for (int percent = 0; percent <= 100; percent += 50) {
            double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * percent / 100.0;
            svg.append(line(LEFT, y, LEFT + weeks.size() * WEEK_WIDTH, y))
                    .append(label(LEFT - 4, y + 4, "end", percent + "%"));
        }
        for (int i = 0; i < weeks.size(); i++) {
            TeamTrend.Week week = weeks.get(i);
            double x = LEFT + i * WEEK_WIDTH;
            String title = text.apply("coach.chart.week", new Object[] {date(week.monday(), locale)});
            switch (week.state()) {
                case HELD -> {
                    svg.append(rateBar("teachers", x + 2, week.teacherAttendance(), TEACHERS,
                            title + " · " + text.apply("coach.chart.teachers", new Object[0])));
                    svg.append(rateBar("leaders", x + 11, week.leaderAttendance(), LEADERS,
                            title + " · " + text.apply("coach.chart.leaders", new Object[0])));
                }
                case CANCELLED -> svg.append(shade("week-cancelled", x, CANCELLED,
                        title + " · " + text.apply("coach.chart.cancelled", new Object[0])));
                case MISSING -> svg.append(shade("week-missing", x, MISSING,
                        title + " · " + text.apply("coach.chart.missing", new Object[0])));
                case UPCOMING -> {
                }
            }
            svg.append(weekLabel(i, weeks.size(), week.monday(), x, locale));
        }
        legend(svg, List.of(
                new Key(TEACHERS, text.apply("coach.chart.teachers", new Object[0])),
                new Key(LEADERS, text.apply("coach.chart.leaders", new Object[0])),
                new Key(CANCELLED, text.apply("coach.chart.cancelled", new Object[0])),
                new Key(MISSING, text.apply("coach.chart.missing", new Object[0]))));
        return svg.append("</svg>").toString();
    }

    /** Per week of agreement: the actions stacked by where they stand now. */
    static String actions(List<TeamTrend.ActionWeek> weeks, Locale locale, BiFunction<String, Object[], String> text) {
        StringBuilder svg = open(weeks.size(), text.apply("coach.team.actionsChart", new Object[0]));
        int max = Math.max(1, weeks.stream().mapToInt(TeamTrend.ActionWeek::total).max().orElse(1));
        double unit = (double) PLOT_HEIGHT / max;
        svg.append(line(LEFT, TOP + PLOT_HEIGHT, LEFT + weeks.size() * WEEK_WIDTH, TOP + PLOT_HEIGHT))
                .append(label(LEFT - 4, TOP + PLOT_HEIGHT + 4, "end", "0"))
                .append(line(LEFT, TOP, LEFT + weeks.size() * WEEK_WIDTH, TOP))
                .append(label(LEFT - 4, TOP + 4, "end", String.valueOf(max)));
        for (int i = 0; i < weeks.size(); i++) {
            TeamTrend.ActionWeek week = weeks.get(i);
            double x = LEFT + i * WEEK_WIDTH + 3;
            double y = TOP + PLOT_HEIGHT;
            String title = text.apply("coach.chart.week", new Object[] {date(week.monday(), locale)});
            y = stack(svg, "done", x, y, week.done(), unit, DONE, title, text.apply("coach.chart.done", new Object[0]));
            y = stack(svg, "open", x, y, week.open(), unit, TEACHERS, title, text.apply("coach.chart.open", new Object[0]));
            y = stack(svg, "overdue", x, y, week.overdue(), unit, OVERDUE, title,
                    text.apply("coach.chart.overdue", new Object[0]));
            stack(svg, "dropped", x, y, week.dropped(), unit, CANCELLED, title,
                    text.apply("coach.chart.dropped", new Object[0]));
            svg.append(weekLabel(i, weeks.size(), week.monday(), LEFT + i * WEEK_WIDTH, locale));
        }
        legend(svg, List.of(
                new Key(DONE, text.apply("coach.chart.done", new Object[0])),
                new Key(TEACHERS, text.apply("coach.chart.open", new Object[0])),
                new Key(OVERDUE, text.apply("coach.chart.overdue", new Object[0])),
                new Key(CANCELLED, text.apply("coach.chart.dropped", new Object[0]))));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int columns, String label) {
        // At least 20 weeks wide: a young team's chart still has room for its whole legend.
        int width = LEFT + Math.max(columns, 20) * WEEK_WIDTH + 10;
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coach-chart\" role=\"img\" aria-label=\"")
                .append(Markup.escape(label)).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" style=\"max-width:").append(width).append("px\">");
    }

    private static String rateBar(String kind, double x, Double rate, String colour, String title) {
        if (rate == null) {
            return "";
        }
        double height = Math.max(1, PLOT_HEIGHT * rate);
        return "<rect class=\"bar " + kind + "\" x=\"" + x + "\" y=\"" + (TOP + PLOT_HEIGHT - height) + "\" width=\"8\" height=\""
                + height + "\" style=\"fill:" + colour + "\"><title>" + Markup.escape(title + ": " + Math.round(rate * 100) + "%")
                + "</title></rect>";
    }

    private static String shade(String kind, double x, String colour, String title) {
        return "<rect class=\"" + kind + "\" x=\"" + x + "\" y=\"" + TOP + "\" width=\"" + (WEEK_WIDTH - 1) + "\" height=\""
                + PLOT_HEIGHT + "\" style=\"fill:" + colour + "\"><title>" + Markup.escape(title) + "</title></rect>";
    }

    private static double stack(StringBuilder svg, String kind, double x, double y, int count, double unit,
                                String colour, String title, String name) {
        if (count == 0) {
            return y;
        }
        double height = count * unit;
        svg.append("<rect class=\"bar ").append(kind).append("\" x=\"").append(x).append("\" y=\"").append(y - height)
                .append("\" width=\"").append(WEEK_WIDTH - 6).append("\" height=\"").append(height)
                .append("\" style=\"fill:").append(colour).append("\"><title>")
                .append(Markup.escape(title + " · " + name + ": " + count)).append("</title></rect>");
        return y - height;
    }

    /** A date under every fourth week, so the labels never overlap. */
    private static String weekLabel(int index, int count, LocalDate monday, double x, Locale locale) {
        if (index % 4 != 0 && index != count - 1) {
            return "";
        }
        return label(x + WEEK_WIDTH / 2.0, TOP + PLOT_HEIGHT + 14, "middle",
                DateTimeFormatter.ofPattern("d MMM", locale).format(monday));
    }

    private static void legend(StringBuilder svg, List<Key> keys) {
        double x = LEFT;
        double y = TOP + PLOT_HEIGHT + 28;
        for (Key key : keys) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"10\" height=\"10\" style=\"fill:")
                    .append(key.colour()).append("\"/>").append(label(x + 14, y + 9, "start", key.name()));
            x += 24 + key.name().length() * 6.5;
        }
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2
                + "\" style=\"stroke:var(--lumo-contrast-10pct)\"/>";
    }

    private static String label(double x, double y, String anchor, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" style=\"font-size:10px;fill:var(--lumo-secondary-text-color)\">" + Markup.escape(text) + "</text>";
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    private record Key(String colour, String name) {
    }
}
