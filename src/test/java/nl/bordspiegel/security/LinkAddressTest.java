package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import nl.bordspiegel.TestSchools;
import nl.bordspiegel.school.SchoolAdministration;

/**
 * A set-password link carries the configured public address, whatever Host header the request
 * that made it had: a forged Host cannot send a colleague's token to another site.
 */
@SpringBootTest(properties = "bordspiegel.public-url=https://bordspiegel.school.example/")
@ActiveProfiles("test")
class LinkAddressTest {

    @Autowired ApplicationContext context;
    @Autowired SchoolAdministration administration;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLinkUsesThePublicAddressNotTheRequestsHost() {
        TestSchools.School school = TestSchools.create(context);
        long teacher = jdbc.queryForObject("select id from person where email = ?", Long.class, school.teacher());
        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/beheer/mensen");
        forged.setServerName("aanvaller.example");
        forged.addHeader("Host", "aanvaller.example");
        forged.addHeader("X-Forwarded-Host", "aanvaller.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(forged));
        TestSchools.signIn(context, school.admin());

        String link = administration.setPasswordLink(administration.createSetPasswordLink(teacher));

        assertThat(link).startsWith("https://bordspiegel.school.example/").doesNotContain("aanvaller");
    }
}
