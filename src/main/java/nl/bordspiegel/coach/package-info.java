/**
 * The school coaches' part: how every team of the school is doing (read-only reporting over
 * the board and session tables), a team's trend over the year, and coach updates to leaders.
 */
package nl.bordspiegel.coach;
