package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.bordspiegel.DemoLogins;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
            DemoLogins.TEACHER + ", TEACHER",
            DemoLogins.KEYPLAYER_LEADER + ", LEADER",
            DemoLogins.TEAMPLAYER_LEADER + ", COACH",
            DemoLogins.COACH + ", COACH",
            DemoLogins.ADMIN + ", ADMIN"})
    void everyDemoPersonSignsInWithTheirRole(String email, String role) throws Exception {
        mvc.perform(formLogin("/login").user("username", email).password("password", DemoLogins.PASSWORD))
                .andExpect(authenticated().withAuthentication(authentication -> assertThat(authentication.getAuthorities())
                        .extracting(Object::toString).contains("ROLE_" + role)))
                .andExpect(redirectedUrl("/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoLogins.TEACHER, "nobody@linde.example"})
    void wrongPasswordAndUnknownEmailGetTheSameAnswer(String email) throws Exception {
        mvc.perform(formLogin("/login").user("username", email).password("password", "wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" Sanne@Linde.Example "})
    void emailIsMatchedWithoutCaseOrSpaces(String email) throws Exception {
        mvc.perform(formLogin("/login").user("username", email).password("password", DemoLogins.PASSWORD))
                .andExpect(authenticated());
    }
}
