/**
 * Sign-in, the signed-in user, and the rules every view and service uses to check who may do what.
 *
 * <p>Owns the tables {@code login_throttle}, {@code set_password_token},
 * {@code login_address_throttle}, {@code device_key}: only this module names
 * them in SQL or maps them. Others ask its services, and a school's export, import and retention
 * reach them through its own parts.
 */
package nl.bordspiegel.security;
