/**
 * Screens of the site registry (list, detail with channels, hours, closures and
 * exceptional hours, CSV import), of the auditor pool, and the administrators' screen of
 * the organisation tree and users' scopes.
 */
package fr.vigie.organisation.ui;
