package nl.bordspiegel.mirror.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.mirror.JournalView;
import nl.bordspiegel.mirror.ShareView;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.InvalidInputException;

/** Section 9 of the mirror: share a snapshot with a named coach, and withdraw it again. */
class SharingPanel extends MirrorPanel {

    private final Select<PersonSummary> coach = new Select<>();
    private final CheckboxGroup<JournalView> entries = new CheckboxGroup<>();
    private final InputErrors.Form form;

    SharingPanel(List<PersonSummary> coaches, List<JournalView> journal, List<ShareView> shares) {
        super("mirror-sharing", "mirror.sharing.title");
        add(new Paragraph(getTranslation("mirror.sharing.intro")));
        coach.setId("mirror-share-coach");
        coach.setLabel(getTranslation("mirror.sharing.coach"));
        coach.setItems(coaches);
        coach.setItemLabelGenerator(PersonSummary::name);
        entries.setLabel(getTranslation("mirror.sharing.entries"));
        entries.setId("mirror-share-entries");
        entries.setItems(journal);
        entries.setItemLabelGenerator(e -> date(e.writtenOn()) + " · " + abbreviate(e.text()));
        form = InputErrors.form(null).field("coach", coach).field("entries", entries);
        Button share = new Button(getTranslation("mirror.sharing.share"), click -> {
            if (coach.getValue() == null) {
                form.show(InvalidInputException.at("coach", "security.input.required",
                        new InvalidInputException.MessageArg("mirror.sharing.coach")));
                return;
            }
            fireEvent(new ShareEvent(this, coach.getValue(), entries.getValue().stream().map(JournalView::id).toList()));
        });
        share.setId("mirror-share");
        add(coach, entries, share, sharesList(shares));
    }

    /** Runs the share, showing a refusal at the field it concerns; the choices stay. */
    boolean submit(Runnable share) {
        return form.submit(share);
    }

    Registration addShareListener(ComponentEventListener<ShareEvent> listener) {
        return addListener(ShareEvent.class, listener);
    }

    Registration addWithdrawListener(ComponentEventListener<WithdrawEvent> listener) {
        return addListener(WithdrawEvent.class, listener);
    }

    private UnorderedList sharesList(List<ShareView> shares) {
        UnorderedList list = new UnorderedList();
        list.setId("mirror-shares");
        for (ShareView view : shares) {
            ListItem item = new ListItem(new Span(getTranslation(view.active() ? "mirror.sharing.active"
                    : "mirror.sharing.withdrawn", view.coachName(), date(view.sharedAt().toLocalDate()))));
            if (view.active()) {
                Button withdraw = new Button(getTranslation("mirror.sharing.withdraw"),
                        click -> fireEvent(new WithdrawEvent(this, view.id())));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(withdraw);
            }
            list.add(item);
        }
        return list;
    }

    private static String abbreviate(String text) {
        // A label in a list of choices, not the stored text: the whole entry is shared.
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** Share a snapshot with this coach, with these journal entries. */
    static class ShareEvent extends ComponentEvent<SharingPanel> {
        private final PersonSummary coach;
        private final List<Long> entryIds;

        ShareEvent(SharingPanel source, PersonSummary coach, List<Long> entryIds) {
            super(source, false);
            this.coach = coach;
            this.entryIds = entryIds;
        }

        PersonSummary coach() {
            return coach;
        }

        List<Long> entryIds() {
            return entryIds;
        }
    }

    /** Withdraw one shared snapshot. */
    static class WithdrawEvent extends ComponentEvent<SharingPanel> {
        private final long snapshotId;

        WithdrawEvent(SharingPanel source, long snapshotId) {
            super(source, false);
            this.snapshotId = snapshotId;
        }

        long snapshotId() {
            return snapshotId;
        }
    }
}
