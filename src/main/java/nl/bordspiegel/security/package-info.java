/** Sign-in, the signed-in user, and the rules every view and service uses to check who may do what. */
package nl.bordspiegel.security;
