/**
 * Screens of the referential library: list and load problems, tree browser with channel
 * filter, draft editor, version diff, YAML import and export.
 */
package fr.vigie.referential.ui;
