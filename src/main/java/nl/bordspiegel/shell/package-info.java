/** The application shell: the layout around every view and the home page per role. */
package nl.bordspiegel.shell;
