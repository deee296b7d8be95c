/**
 * The audit log: who changed roles, imported, exported, deleted or shared, readable by the school's admins.
 *
 * <p>Owns the tables {@code audit_entry}: only this module names them in SQL or maps them. Others
 * ask its services, and a school's export, import and retention reach them through its own parts.
 */
package nl.bordspiegel.audit;
