package nl.bordspiegel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.dom.DomEvent;

import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * A name typed in full and sent with Enter before the box had its choices (what the browser
 * sends then is the typed text, not a choice) still picks that person; a text that names nobody
 * is said to be wrong and is not taken.
 */
class TypedChoiceTest {

    private record Person(long id, String name) {
    }

    private static final Person SANNE = new Person(1, "Sanne de Vries");
    private static final Person MIRJAM = new Person(2, "Mirjam Bakker");

    private ComboBox<Person> box;
    private final List<ComponentValueChangeEvent<ComboBox<Person>, Person>> changes = new ArrayList<>();

    @BeforeEach
    void aBoxOfTwoPeople() {
        MockVaadin.setup();
        box = new ComboBox<>("Eigenaar", SANNE, MIRJAM);
        box.setItemLabelGenerator(Person::name);
        TypedChoice.accepting(box, Messages.DUTCH);
        UI.getCurrent().add(box);
        box.addValueChangeListener(changes::add);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aWholeNameTypedInAnyCasePicksThatPerson() {
        ComboBoxKt._fireCustomValueSet(box, "  mirjam BAKKER ");

        assertThat(box.getValue()).isEqualTo(MIRJAM);
        assertThat(box.isInvalid()).isFalse();
        assertThat(changes).hasSize(1);
    }

    @Test
    void aTextThatNamesNobodyIsRefusedWithAMessageAndChangesNothing() {
        box.setValue(SANNE);
        changes.clear();

        ComboBoxKt._fireCustomValueSet(box, "Mirjam");

        assertThat(box.getValue()).isEqualTo(SANNE);
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).isEqualTo("\"Mirjam\" staat niet in de lijst. Kies uit de lijst.");
        assertThat(changes).isEmpty();
    }

    @Test
    void aNameTwoChoicesShareIsNotGuessed() {
        Person otherSanne = new Person(3, "Sanne de Vries");
        box.setItems(SANNE, MIRJAM, otherSanne);

        ComboBoxKt._fireCustomValueSet(box, "Sanne de Vries");

        assertThat(box.getValue()).isNull();
        assertThat(box.getErrorMessage()).isEqualTo("Meer dan één keuze heet \"Sanne de Vries\". Kies uit de lijst.");
        assertThat(TypedChoice.unresolved(box)).isTrue();
    }

    @Test
    void choosingFromTheListAfterwardsTakesTheMessageAway() {
        ComboBoxKt._fireCustomValueSet(box, "Iemand anders");

        HasValueUtilsKt._setValue(box, MIRJAM);

        assertThat(box.isInvalid()).isFalse();
    }

    @Test
    void aViewThatPutsTheChoiceBackAfterReplacingTheListKeepsTheMessage() {
        box.setValue(SANNE);
        ComboBoxKt._fireCustomValueSet(box, "Niemand");

        box.setItems(SANNE, MIRJAM);
        box.setValue(SANNE);

        assertThat(TypedChoice.unresolved(box)).isTrue();
        assertThat(box.isInvalid()).isTrue();
    }

    @Test
    void leavingTheBoxWhenItShowsItsChoiceAgainTakesTheMessageAwayAndOtherwiseNot() {
        box.setValue(SANNE);
        ComboBoxKt._fireCustomValueSet(box, "Niemand");

        leaveShowing("Niemand");
        assertThat(TypedChoice.unresolved(box)).isTrue();

        // Esc, or picking Sanne again from the list: the box shows its choice, and no value changed.
        leaveShowing("Sanne de Vries");
        assertThat(TypedChoice.unresolved(box)).isFalse();
        assertThat(box.isInvalid()).isFalse();
    }

    @Test
    void leavingAnEmptyBoxWithNoChoiceTakesTheMessageAway() {
        ComboBoxKt._fireCustomValueSet(box, "Niemand");

        leaveShowing("");

        assertThat(TypedChoice.unresolved(box)).isFalse();
    }

    /** The focus leaves the box, which shows {@code text}: what the browser sends of a box with a message. */
    private void leaveShowing(String text) {
        JsonObject data = Json.createObject();
        data.put("element.invalid", true);
        data.put("element.inputElement.value", text);
        ElementUtilsKt._fireDomEvent(box.getElement(), new DomEvent(box.getElement(), "focusout", data));
    }

    @Test
    void typingAgainTakesTheMessageAwayAlsoWhenTheNewTextNamesTheChoiceTheBoxAlreadyHas() {
        box.setValue(SANNE);
        ComboBoxKt._fireCustomValueSet(box, "Niemand");

        // The browser sends typing only from a box that shows a message, and says so in the event.
        JsonObject showsAMessage = Json.createObject();
        showsAMessage.put("element.invalid", true);
        ElementUtilsKt._fireDomEvent(box.getElement(), new DomEvent(box.getElement(), "input", showsAMessage));

        assertThat(box.isInvalid()).isFalse();
        assertThat(box.getValue()).isEqualTo(SANNE);
    }

    @Test
    void aFormDoesNotGoOnWithTheEarlierChoiceWhileTheBoxShowsATextThatNamesNobody() {
        box.setValue(SANNE);
        InputErrors.Form form = InputErrors.form(null).field("owner", box);
        List<Person> saved = new ArrayList<>();

        ComboBoxKt._fireCustomValueSet(box, "Niemand");
        boolean wentThrough = form.submit(() -> saved.add(box.getValue()));

        assertThat(wentThrough).isFalse();
        assertThat(saved).isEmpty();
        assertThat(box.isInvalid()).as("the message stays").isTrue();

        ComboBoxKt._fireCustomValueSet(box, "Mirjam Bakker");
        assertThat(form.submit(() -> saved.add(box.getValue()))).isTrue();
        assertThat(saved).containsExactly(MIRJAM);
    }

    @Test
    void theMessageSpeaksEnglishToo() {
        ComboBox<Person> english = new ComboBox<>("Owner", SANNE);
        english.setItemLabelGenerator(Person::name);
        TypedChoice.accepting(english, Locale.ENGLISH);
        UI.getCurrent().add(english);

        ComboBoxKt._fireCustomValueSet(english, "Nobody");

        assertThat(english.getErrorMessage()).isEqualTo("\"Nobody\" is not in the list. Choose from the list.");
    }
}
