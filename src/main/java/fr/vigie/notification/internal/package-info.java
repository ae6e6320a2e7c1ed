/** Inbox persistence and SMTP delivery. */
package fr.vigie.notification.internal;
