/**
 * Persistence of the organisation tree, sites, auditors and users' scopes; the CSV
 * formats of sites and auditors; the demo network and pool.
 */
package fr.vigie.organisation.internal;
