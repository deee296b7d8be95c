/**
 * The operator's commands around the web app: {@code create-admin} for a fresh installation,
 * {@code create-school} for one more school on a deployment that serves several,
 * {@code backup} (alias {@code export}) and {@code restore} of a school file. Each starts
 * Spring without a web server, refuses bad input with a non-zero exit, and creates nothing
 * by accident.
 */
package nl.bordspiegel.operations;
