/** The admin's pages under {@code /beheer}: people, teams, staff import, the school file and settings. */
package nl.bordspiegel.school.ui;
