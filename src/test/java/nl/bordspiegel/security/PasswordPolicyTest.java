package nl.bordspiegel.security;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.bordspiegel.shared.InvalidInputException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"", "kort", "elf-tekens!"})
    void passwordShorterThanTwelveCharactersIsRefused(String password) {
        assertThatThrownBy(() -> policy.requireAcceptable(password)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("security.password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Welkom123456", "QWERTYUIOP12", "wachtwoord1234", "aaaaaaaaaaaaaaa"})
    void commonOrTrivialPasswordIsRefusedWhateverItsCase(String password) {
        assertThatThrownBy(() -> policy.requireAcceptable(password)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("security.password.common");
    }

    @Test
    void passwordLongerThanBcryptReadsIsRefused() {
        assertThatThrownBy(() -> policy.requireAcceptable("een-zin-".repeat(10)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("security.password.tooLong");
    }

    @Test
    void longUncommonPassphraseIsAccepted() {
        assertThat(policy.isAcceptable("fiets regen tulp 42")).isTrue();
        assertThat(policy.isAcceptable("twaalf-tekens")).isTrue();
    }

    @Test
    void theShippedListsHoldTensOfThousandsOfBreachedPasswords() throws Exception {
        long count = 0;
        for (String list : PasswordPolicy.LISTS) {
            try (var in = getClass().getClassLoader().getResourceAsStream(list)) {
                count += new String(in.readAllBytes()).lines().filter(line -> !line.startsWith("#")).count();
            }
        }
        assertThat(count).isGreaterThan(40_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Welkom2024!!", "qwertyuiopas", "Superman12345", "bordspiegel-demo", "Wachtwoord2026"})
    void aBreachedWordWithDigitsOrSignsAroundItIsRefused(String password) {
        assertThatThrownBy(() -> policy.requireAcceptable(password)).isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("security.password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anouk@linde.example", "OBSDeLinde2026", "anouk-de-vries", "Vries-en-vrolijk-42"})
    void aPasswordBuiltFromTheOwnNameEmailOrSchoolIsRefused(String password) {
        List<String> personal = List.of("Anouk de Vries", "anouk@linde.example", "OBS De Linde");

        assertThatThrownBy(() -> policy.requireAcceptable(password, personal)).isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("security.password.personal");
    }

    @Test
    void anotherPersonsNameIsNoReasonToRefuse() {
        policy.requireAcceptable("anouk-de-vries", List.of("Tom Prins", "tom@linde.example", "OBS De Linde"));
    }
}
