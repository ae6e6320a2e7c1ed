/**
 * The audited network: organisation, directions or territories, and sites with their
 * kind, address and position. The root package is the module's API
 * ({@link fr.vigie.organisation.OrganisationManagement},
 * {@link fr.vigie.organisation.Site}).
 */
package fr.vigie.organisation;
