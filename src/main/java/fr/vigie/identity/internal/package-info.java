/**
 * Persistence of accounts, Spring Security wiring, login throttling and the seeding of
 * the first accounts (bootstrap administrator, demo users).
 */
package fr.vigie.identity.internal;
