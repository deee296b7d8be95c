/** The audit log page for admins. */
package nl.bordspiegel.audit.ui;
