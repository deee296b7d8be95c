/** The school as tenant: its people, their roles and accounts, its teams and its vision. */
package nl.bordspiegel.school;
