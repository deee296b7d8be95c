/**
 * A leader's own time on the programme beyond attended sessions, and the periodic check-in
 * on how that time feels. Only the leader reads it; the mirror counts it.
 */
package nl.bordspiegel.timelog;
