/** Screens of the site registry. */
package fr.vigie.organisation.ui;
