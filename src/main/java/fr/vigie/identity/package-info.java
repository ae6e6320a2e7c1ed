/**
 * Users, roles and the data scope they see; login, throttling and the security
 * configuration. The root package is the module's API:
 * {@link fr.vigie.identity.UserManagement}, the {@link fr.vigie.identity.UserAccount}
 * aggregate and {@link fr.vigie.identity.Role}.
 */
package fr.vigie.identity;
