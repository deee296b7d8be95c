package nl.bordspiegel.school;

/** A school's own limits of "little" and "a lot of" leader time per week, in minutes. */
public record TimeNorms(int littleMinutesPerWeek, int muchMinutesPerWeek) {
}
