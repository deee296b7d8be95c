package nl.bordspiegel.coach.ui;

import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import nl.bordspiegel.coach.CoachUpdateView;

/** One coach update as a small card: the text (shown escaped, as plain text) and who, when, about what. */
final class UpdateCard {

    private UpdateCard() {
    }

    static Div of(CoachUpdateView update, Locale locale, BiFunction<String, Object[], String> text) {
        StringBuilder byline = new StringBuilder(text.apply("coach.update.byline",
                new Object[] {update.author(), Charts.date(update.writtenOn(), locale)}));
        if (update.team() != null) {
            byline.append(" · ").append(text.apply("coach.update.about", new Object[] {update.team()}));
        }
        byline.append(" · ").append(text.apply("coach.update.to", new Object[] {String.join(", ", update.recipients())}));
        Span meta = new Span(byline.toString());
        meta.addClassName("coach-update-meta");
        Paragraph body = new Paragraph(update.text());
        body.addClassName("coach-update-text");
        Div card = new Div(body, meta);
        card.addClassName("coach-update");
        return card;
    }
}
