package nl.bordspiegel.mirror.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.mirror.JournalService;
import nl.bordspiegel.mirror.JournalView;
import nl.bordspiegel.shared.InputErrors;

/**
 * Section 7 of the mirror: reflection prompts and the private journal. The leader writes,
 * rewrites and deletes her entries here; the panel fires an event for each and keeps what
 * she typed when the input is refused.
 */
class JournalPanel extends MirrorPanel {

    private final TextArea text = new TextArea();
    private final Span prompt = new Span();
    private final InputErrors.Form form = InputErrors.form(null).field("text", text).field("prompt", text);

    JournalPanel(List<String> questions, List<JournalView> entries) {
        super("mirror-reflection", "mirror.reflection.title");
        add(new Paragraph(getTranslation("mirror.reflection.intro")));
        text.setLabel(getTranslation("mirror.journal.text"));
        text.setId("mirror-journal-text");
        text.setWidthFull();
        text.setMaxLength(JournalService.MAX_TEXT);
        prompt.setId("mirror-journal-prompt");
        UnorderedList prompts = new UnorderedList();
        prompts.setId("mirror-prompts");
        questions.forEach(question -> prompts.add(promptItem(question)));
        Button save = new Button(getTranslation("mirror.journal.save"),
                click -> fireEvent(new WriteEvent(this, prompt.getText(), text.getValue(), form)));
        save.setId("mirror-journal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(prompts, prompt, text, save, new H3(getTranslation("mirror.journal.title")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("mirror.journal.none")));
        }
        Div list = new Div();
        list.setId("mirror-journal");
        entries.forEach(entry -> list.add(entry(entry)));
        add(list);
    }

    Registration addWriteListener(ComponentEventListener<WriteEvent> listener) {
        return addListener(WriteEvent.class, listener);
    }

    Registration addRewriteListener(ComponentEventListener<RewriteEvent> listener) {
        return addListener(RewriteEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    private ListItem promptItem(String question) {
        Button use = new Button(getTranslation("mirror.reflection.answer"), click -> {
            prompt.setText(question);
            text.focus();
        });
        use.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new ListItem(new Span(question), use);
    }

    private Div entry(JournalView entry) {
        Div item = new Div();
        item.addClassName("mirror-journal-entry");
        Span when = new Span(date(entry.writtenOn()) + " · " + (entry.pattern() == null
                ? getTranslation("mirror.journal.noPattern") : patternLabel(entry.pattern(), entry.mixedWith())));
        when.addClassName("mirror-journal-meta");
        item.add(when);
        if (entry.prompt() != null) {
            Paragraph asked = new Paragraph(entry.prompt());
            asked.addClassName("mirror-journal-prompt");
            item.add(asked);
        }
        Paragraph written = new Paragraph(entry.text());
        Button edit = small("mirror.journal.edit");
        Button delete = small("mirror.journal.delete");
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        edit.addClickListener(click -> {
            written.setVisible(false);
            actions.setVisible(false);
            item.add(editor(entry, written, actions));
        });
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, entry)));
        item.add(written, actions);
        return item;
    }

    private Div editor(JournalView entry, Paragraph written, HorizontalLayout actions) {
        Div editor = new Div();
        TextArea rewrite = new TextArea(getTranslation("mirror.journal.text"));
        rewrite.addClassName("mirror-journal-rewrite");
        rewrite.setWidthFull();
        rewrite.setMaxLength(JournalService.MAX_TEXT);
        rewrite.setValue(entry.text());
        InputErrors.Form rewriteForm = InputErrors.form(null).field("text", rewrite);
        Button save = new Button(getTranslation("mirror.journal.rewrite"),
                click -> fireEvent(new RewriteEvent(this, entry.id(), rewrite.getValue(), rewriteForm)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = small("mirror.journal.cancel");
        cancel.addClickListener(click -> {
            editor.removeFromParent();
            written.setVisible(true);
            actions.setVisible(true);
        });
        editor.add(rewrite, new HorizontalLayout(save, cancel));
        return editor;
    }

    private Button small(String key) {
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Keep a new reflection, with the question it answers (empty when none). */
    static class WriteEvent extends PanelFormEvent<JournalPanel> {
        private final String prompt;
        private final String text;

        WriteEvent(JournalPanel source, String prompt, String text, InputErrors.Form form) {
            super(source, form);
            this.prompt = prompt;
            this.text = text;
        }

        String prompt() {
            return prompt;
        }

        String text() {
            return text;
        }
    }

    /** Rewrite the text of one entry. */
    static class RewriteEvent extends PanelFormEvent<JournalPanel> {
        private final long entryId;
        private final String text;

        RewriteEvent(JournalPanel source, long entryId, String text, InputErrors.Form form) {
            super(source, form);
            this.entryId = entryId;
            this.text = text;
        }

        long entryId() {
            return entryId;
        }

        String text() {
            return text;
        }
    }

    /** Delete one entry (the page offers to undo it). */
    static class DeleteEvent extends ComponentEvent<JournalPanel> {
        private final JournalView entry;

        DeleteEvent(JournalPanel source, JournalView entry) {
            super(source, false);
            this.entry = entry;
        }

        JournalView entry() {
            return entry;
        }
    }
}
