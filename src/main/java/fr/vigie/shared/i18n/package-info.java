/**
 * Message bundles ({@code messages.properties}, French by default, and
 * {@code messages_en}) and the user's choice of language, kept in a cookie.
 */
package fr.vigie.shared.i18n;
