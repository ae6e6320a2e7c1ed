/**
 * The landing page after sign-in: what each role can do, with shortcuts. Depends on other
 * modules' screens only through navigation; nothing depends on it.
 */
package fr.vigie.home;
