/**
 * The school as tenant: its people, their roles and accounts, its teams and its vision.
 *
 * <p>Owns the tables {@code school}, {@code person}, {@code person_role}, {@code team},
 * {@code team_member}, {@code team_leader}, {@code team_coach}, {@code vision_item},
 * {@code vision_co_author}: only this module names them in SQL or maps them. Others ask its
 * services, and a school's export, import and retention reach them through its own parts.
 */
package nl.bordspiegel.school;
