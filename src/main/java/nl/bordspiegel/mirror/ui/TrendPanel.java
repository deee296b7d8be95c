package nl.bordspiegel.mirror.ui;

import java.util.List;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import nl.bordspiegel.leadership.CycleProfile;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.mirror.MirrorPage;
import nl.bordspiegel.mirror.MirrorService;
import nl.bordspiegel.mirror.SignalChange;

/** Section 4 of the mirror: the pattern over eight cycles, and the signals that moved. */
class TrendPanel extends MirrorPanel {

    TrendPanel(MirrorPage page) {
        super("mirror-trend", "mirror.trend.title");
        List<CycleProfile> trend = page.trend();
        if (trend.stream().noneMatch(c -> c.profile().status() == LeadershipProfile.Status.OK)) {
            add(new Paragraph(getTranslation("mirror.trend.empty")));
            return;
        }
        add(new Paragraph(getTranslation("mirror.trend.intro", MirrorService.TREND_CYCLES)));
        Svg chart = new Svg(Charts.trend(trend, this::patternName, getLocale()));
        chart.setId("mirror-trend-chart");
        add(chart);
        if (page.moved().isEmpty()) {
            add(new Paragraph(getTranslation("mirror.trend.steady")));
            return;
        }
        add(new Paragraph(getTranslation("mirror.trend.moved")));
        UnorderedList moved = new UnorderedList();
        for (SignalChange change : page.moved()) {
            moved.add(new ListItem(getTranslation(change.messageKey()) + ": " + value(change, change.from()) + " → "
                    + value(change, change.to())));
        }
        add(moved);
    }

    private String value(SignalChange change, double value) {
        return change.percentage() ? Math.round(value * 100) + " %" : String.format(getLocale(), "%.1f", value);
    }
}
