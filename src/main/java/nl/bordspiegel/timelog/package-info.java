/**
 * A leader's own time on the programme beyond attended sessions, and the periodic check-in
 * on how that time feels. Only the leader reads it; the mirror counts it.
 *
 * <p>Owns the tables {@code time_entry}, {@code check_in}: only this module names them in SQL or
 * maps them. Others ask its services, and a school's export, import and retention reach them
 * through its own parts.
 */
package nl.bordspiegel.timelog;
