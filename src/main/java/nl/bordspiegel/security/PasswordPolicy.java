package nl.bordspiegel.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.InvalidInputException;

/**
 * What a password must be (ASVS 2.1): at least 12 characters, not one of the common
 * passwords shipped in {@code security/common-passwords.txt}, and short enough for bcrypt.
 * No rules about digits or capitals: length beats composition.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt only reads the first 72 bytes; a longer password would be silently cut. */
    public static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that breaks the policy, with the reason as a translation key. */
    public void requireAcceptable(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("security.password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException("security.password.tooLong", MAX_BYTES);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("security.password.common");
        }
        if (password.chars().distinct().count() < 4) {
            throw new InvalidInputException("security.password.common");
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

    private static Set<String> load() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing from the application", e);
        }
    }
}
