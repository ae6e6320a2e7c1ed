/** Persistence of the organisation tree and the demo network. */
package fr.vigie.organisation.internal;
