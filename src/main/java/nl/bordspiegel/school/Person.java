package nl.bordspiegel.school;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;

/** Someone in a school: teacher, coach, leader or admin, with their login. */
@Entity
class Person {

    static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    private String name;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active = true;

    private String locale = "nl";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private int version;

    protected Person() {
    }

    Person(long schoolId, String name, String email, Set<Role> roles) {
        this.schoolId = schoolId;
        rename(name);
        changeEmail(email);
        changeRoles(roles);
    }

    void rename(String newName) {
        this.name = InvalidInputException.requireLine(newName, NAME_MAX, "security.input.field.name");
    }

    void changeEmail(String newEmail) {
        this.email = InvalidInputException.requireEmail(newEmail);
    }

    /** Everyone holds at least one role: a person without one could do nothing here. */
    void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException("admin.person.noRole");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    boolean has(Role role) {
        return roles.contains(role);
    }

    Long id() {
        return id;
    }

    long schoolId() {
        return schoolId;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    void changeLocale(Locale newLocale) {
        this.locale = newLocale.getLanguage();
    }
}
