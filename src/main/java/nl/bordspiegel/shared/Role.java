package nl.bordspiegel.shared;

/**
 * The roles a person can hold in a school: named here, once. The pure history and
 * leadership code needs them as much as security does, so they live in {@code shared},
 * which depends on nothing.
 */
public enum Role {
    TEACHER, COACH, LEADER, ADMIN;

    /** The same names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String TEACHER = "TEACHER";
        public static final String COACH = "COACH";
        public static final String LEADER = "LEADER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
