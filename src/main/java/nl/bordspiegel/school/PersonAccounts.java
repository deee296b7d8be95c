package nl.bordspiegel.school;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.security.AccountPasswords;
import nl.bordspiegel.security.SignedInUser;

/** Finds the account behind a login e-mail, for Spring Security's form login, and keeps its password hash. */
@Service
class PersonAccounts implements UserDetailsService, AccountPasswords {

    private final PersonRepository people;
    private final SchoolRepository schools;

    PersonAccounts(PersonRepository people, SchoolRepository schools) {
        this.people = people;
        this.schools = schools;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        // The same exception for an unknown e-mail and a missing password: the login
        // page then says the same thing in both cases and reveals no account.
        Person person = people.findByEmail(email.trim().toLowerCase(Locale.ROOT))
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown login"));
        return new SignedInUser(person.id(), person.schoolId(), person.name(), person.email(),
                person.passwordHash(), person.active(), person.roles());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> account(long personId) {
        return people.findById(personId).map(person -> {
            School school = schools.findById(person.schoolId()).orElseThrow();
            return new Account(person.id(), person.schoolId(), person.name(), person.email(), school.name(),
                    school.demo(), person.active(), person.passwordHash(), person.roles());
        });
    }

    @Override
    @Transactional
    public void storePasswordHash(long personId, String passwordHash) {
        people.findById(personId).orElseThrow().changePasswordHash(passwordHash);
    }
}
