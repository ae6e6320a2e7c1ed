/**
 * The audited network and who may test it: organisation, directions or territories, sites
 * with their channels, contact points, opening hours, closures and exceptional hours; the
 * auditor pool; and the scope each director or site manager sees. The root package is the
 * module's API ({@link fr.vigie.organisation.OrganisationManagement},
 * {@link fr.vigie.organisation.AuditorManagement}, the aggregates and value types).
 */
package fr.vigie.organisation;
