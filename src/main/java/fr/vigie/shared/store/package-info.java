/**
 * The embedded MongoDB-wire-compatible store that runs in-process when no MongoDB URI is
 * configured, and the start-up checks that turn store problems into readable messages.
 */
package fr.vigie.shared.store;
