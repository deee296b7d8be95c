package nl.bordspiegel.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.InvalidInputException;

/**
 * What a password must be (ASVS 2.1): at least 12 characters, short enough for bcrypt, not
 * a breached or common password (two lists shipped with the app), not such a password with
 * digits or signs around it, not a keyboard run, and not built from the person's own name,
 * e-mail address or school (ASVS 2.1.7, 2.1.8). No rules about digits or capitals: length
 * beats composition.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt only reads the first 72 bytes; a longer password would be silently cut. */
    public static final int MAX_BYTES = 72;
    /** The demo school's published password: refused for any real account. */
    public static final String DEMO_PASSWORD = "bordspiegel-demo";
    static final List<String> LISTS = List.of("security/common-passwords.txt", "security/breached-passwords.txt");
    /** A word shorter than this (Tom, Ad) is too common inside passphrases to refuse. */
    private static final int SHORTEST_PERSONAL_WORD = 4;
    private static final String KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";
    private static final int SHORTEST_KEYBOARD_RUN = 6;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The form field a refused new password is shown at. */
    public static final String FIELD = "password";

    /** Refuses a password that breaks the policy, with the reason as a translation key. */
    public void requireAcceptable(String password) {
        requireAcceptable(password, List.of());
    }

    /**
     * As {@link #requireAcceptable(String)}, and also refuses a password built from the
     * given personal words (name, e-mail address, school name).
     */
    public void requireAcceptable(String password, List<String> personal) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InvalidInputException.at(FIELD, "security.password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw InvalidInputException.at(FIELD, "security.password.tooLong", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String letters = letters(lower);
        if (lower.equals(DEMO_PASSWORD) || common.contains(lower) || common.contains(letters)
                || common.contains(lower.replaceAll("[^\\p{L}\\p{N}]", "")) || isKeyboardRun(letters)
                || password.chars().distinct().count() < 4) {
            throw InvalidInputException.at(FIELD, "security.password.common");
        }
        for (String word : personalWords(personal)) {
            if (letters.contains(word)) {
                throw InvalidInputException.at(FIELD, "security.password.personal");
            }
        }
    }

    public boolean isAcceptable(String password) {
        try {
            requireAcceptable(password);
            return true;
        } catch (InvalidInputException refused) {
            return false;
        }
    }

    /** Each text whole (letters only) and each of its words, of four letters or more. */
    static Set<String> personalWords(List<String> texts) {
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            List<String> parts = new ArrayList<>(List.of(lower.split("[^\\p{L}]+")));
            parts.add(letters(lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower));
            parts.stream().filter(part -> part.length() >= SHORTEST_PERSONAL_WORD)
                    .filter(part -> !part.equals("example") && !part.equals("school")).forEach(words::add);
        }
        return words;
    }

    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}]", "");
    }

    private static boolean isKeyboardRun(String letters) {
        return letters.length() >= SHORTEST_KEYBOARD_RUN && (KEYBOARD.contains(letters)
                || new StringBuilder(KEYBOARD).reverse().toString().contains(letters));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String list : LISTS) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new ClassPathResource(list).getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException("The password list " + list + " is missing from the application", e);
            }
        }
        return Set.copyOf(words);
    }
}
