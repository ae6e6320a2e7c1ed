/** The in-app inbox. */
package fr.vigie.notification.ui;
