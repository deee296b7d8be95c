package nl.bordspiegel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import com.vaadin.flow.dom.Element;

import nl.bordspiegel.shared.Vocabulary;

/**
 * What a screen shows must be words for people: no {@code !key!} marker of a missing
 * translation and no program constant such as {@code DONE} or {@code NOT_REACHED}.
 * Checked on every screen a view test leaves behind.
 */
public final class ScreenText {

    private static final Pattern MISSING_KEY = Pattern.compile("![a-zA-Z][\\w.]*\\.[\\w.]+!");
    private static final Pattern CAPITAL_WORD = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");
    /** Every constant of the product's own enums, except the school sectors: PO, VO and MBO are the words schools use. */
    private static final Set<String> CONSTANTS = enumConstants();
    /** Texts a person reads that live in properties and attributes rather than in the text. */
    private static final List<String> READ_ALOUD = List.of("label", "placeholder", "title", "aria-label",
            "helperText", "errorMessage", "innerHTML");

    private ScreenText() {
    }

    /** Fails when the element or anything under it shows a missing translation or a program constant. */
    public static void assertReadable(Element element) {
        List<String> shown = new ArrayList<>();
        shown.add(element.getText());
        for (String name : READ_ALOUD) {
            shown.add(element.getAttribute(name));
            if (element.hasProperty(name)) {
                // Markup such as a chart's SVG: only the text between the tags is read.
                shown.add(String.valueOf(element.getPropertyRaw(name)).replaceAll("<[^>]*>", " "));
            }
        }
        for (String text : shown) {
            if (text == null) {
                continue;
            }
            if (MISSING_KEY.matcher(text).find()) {
                throw new AssertionError("A screen shows a missing translation: " + text);
            }
            Matcher word = CAPITAL_WORD.matcher(text);
            while (word.find()) {
                if (CONSTANTS.contains(word.group())) {
                    throw new AssertionError("A screen shows the program constant " + word.group() + ": " + text);
                }
            }
        }
        element.getChildren().forEach(ScreenText::assertReadable);
    }

    private static Set<String> enumConstants() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> constants = new TreeSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("nl.bordspiegel")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (type.isEnum() && type != Vocabulary.Sector.class) {
                    for (Object constant : type.getEnumConstants()) {
                        constants.add(((Enum<?>) constant).name());
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        if (constants.isEmpty()) {
            throw new IllegalStateException("No enums found: the check would prove nothing");
        }
        return constants;
    }
}
