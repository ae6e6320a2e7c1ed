/** The home view. */
package fr.vigie.home.ui;
