package nl.bordspiegel.security;

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
    void theShippedListHoldsSeveralHundredPasswords() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            assertThat(new String(in.readAllBytes()).lines().filter(line -> !line.startsWith("#")).count())
                    .isGreaterThan(300);
        }
    }
}
