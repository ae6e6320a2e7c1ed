/**
 * Tells people what needs their attention: an in-app inbox and e-mail through SMTP. Other
 * modules call {@link fr.vigie.notification.NotificationManagement#notify}; this module
 * knows nothing about campaigns or tests.
 */
package fr.vigie.notification;
