/**
 * French public holidays computed for any year (with the Alsace-Moselle extras) and the
 * working-day arithmetic (jours ouvrés) used for reply delays and test planning.
 */
package fr.vigie.shared.calendar;
