/**
 * Directors' dashboard, site results pages and the findings and corrective actions screen
 * of quality managers; charts are inline SVG drawn on the server, each with a data table
 * as its text alternative.
 */
package fr.vigie.scoring.ui;
