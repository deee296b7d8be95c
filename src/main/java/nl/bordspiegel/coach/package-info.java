/**
 * The school coaches' part: how every team of the school is doing (read through the board's
 * and the sessions' query services), a team's trend over the year, and coach updates to leaders.
 *
 * <p>Owns the tables {@code coach_update}, {@code coach_update_recipient}: only this module names
 * them in SQL or maps them. Others ask its services, and a school's export, import and retention
 * reach them through its own parts.
 */
package nl.bordspiegel.coach;
