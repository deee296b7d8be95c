package nl.bordspiegel.board.ui;

import java.util.List;
import java.util.Locale;

import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.shared.Markup;

/**
 * A goal's measurements as a small SVG line chart with its target as a dashed line, drawn
 * on the server: no chart library, no frontend build.
 */
final class GoalChart {

    static final int WIDTH = 260;
    static final int HEIGHT = 90;
    private static final int PAD = 8;

    private GoalChart() {
    }

    static String svg(GoalCard goal, String label) {
        List<GoalCard.MeasurementPoint> points = goal.measurements();
        double min = points.stream().mapToDouble(GoalCard.MeasurementPoint::value).min().orElse(0);
        double max = points.stream().mapToDouble(GoalCard.MeasurementPoint::value).max().orElse(1);
        if (goal.target() != null) {
            min = Math.min(min, goal.target());
            max = Math.max(max, goal.target());
        }
        if (max - min < 1e-9) {
            max = min + 1;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' "
                + "width='%d' height='%d' role='img' class='goal-chart'><title>%s</title>", WIDTH, HEIGHT, WIDTH,
                HEIGHT, Markup.escape(label)));
        svg.append(String.format(Locale.ROOT, "<rect x='0' y='0' width='%d' height='%d' rx='4' fill='#f4f7f9'/>",
                WIDTH, HEIGHT));
        if (goal.target() != null) {
            double y = y(goal.target(), min, max);
            svg.append(String.format(Locale.ROOT, "<line class='goal-target' x1='%d' y1='%.1f' x2='%d' y2='%.1f' "
                    + "stroke='hsl(145,55%%,36%%)' stroke-width='2' stroke-dasharray='6 4'/>", PAD, y, WIDTH - PAD, y));
        }
        if (!points.isEmpty()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double x = x(i, points.size());
                double y = y(points.get(i).value(), min, max);
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3.5' "
                        + "fill='hsl(200,70%%,38%%)'/>", x, y));
            }
            svg.append("<polyline class='goal-line' fill='none' stroke='hsl(200,70%,38%)' stroke-width='2.5' points='")
                    .append(line.toString().strip()).append("'/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int index, int count) {
        return count == 1 ? WIDTH / 2.0 : PAD + index * (WIDTH - 2.0 * PAD) / (count - 1);
    }

    private static double y(double value, double min, double max) {
        return HEIGHT - PAD - (value - min) * (HEIGHT - 2.0 * PAD) / (max - min);
    }
}
