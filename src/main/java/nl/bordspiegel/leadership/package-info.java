/**
 * Infers a school leader's leadership pattern (Teamplayer, Keyplayer, Facilitator) from the
 * school's recorded history, as a mirror for reflection: pure Java, so the web app, the
 * {@code analyze} command and the tests run the very same code.
 */
package nl.bordspiegel.leadership;
