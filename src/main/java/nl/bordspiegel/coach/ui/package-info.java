/** The coaches' screens: the team overview, a team's trend page, and writing coach updates. */
package nl.bordspiegel.coach.ui;
