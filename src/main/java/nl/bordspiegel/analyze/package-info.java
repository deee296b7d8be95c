/**
 * The command line: {@code analyze} runs the leadership inference on a history file without
 * a server or database; {@code export} writes the configured database's schools as files.
 */
package nl.bordspiegel.analyze;
