package nl.bordspiegel.mirror.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.leadership.Dimension;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.mirror.Practice;

/** What the mirror is based on, for everyone: the study, the patterns, the dimensions, the limits. */
@Route("over-het-model")
@PermitAll
class AboutModelView extends VerticalLayout implements HasDynamicTitle {

    AboutModelView() {
        addClassName("about-model-view");
        add(new H1(getTranslation("about.title")), new Paragraph(getTranslation("about.source")),
                new Paragraph(getTranslation("about.dilemma")), new H2(getTranslation("about.patterns")));
        for (Pattern pattern : Pattern.values()) {
            add(new H3(getTranslation(pattern.messageKey()) + " · " + getTranslation("mirror.motto." + pattern.name())),
                    new Paragraph(getTranslation("about.pattern." + pattern.name())));
        }
        add(new Paragraph(getTranslation("about.notRanked")), new H2(getTranslation("about.dimensions")));
        UnorderedList dimensions = new UnorderedList();
        for (Dimension dimension : Dimension.values()) {
            dimensions.add(new ListItem(getTranslation(dimension.messageKey()) + ": "
                    + getTranslation("about.dimension." + dimension.name())));
        }
        add(dimensions, new H2(getTranslation("about.practices")));
        UnorderedList practices = new UnorderedList();
        for (Practice practice : Practice.values()) {
            practices.add(new ListItem(getTranslation(practice.nameKey()) + ": " + getTranslation(practice.lineKey())));
        }
        add(practices, new H2(getTranslation("about.inference")), new Paragraph(getTranslation("about.inference.text")),
                new H2(getTranslation("about.open")), new Paragraph(getTranslation("about.open.text")),
                new H2(getTranslation("about.privacy")), new Paragraph(getTranslation("about.privacy.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title") + " · " + getTranslation("app.name");
    }
}
