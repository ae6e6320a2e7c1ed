/**
 * RFC 4180 CSV reading and writing for imports and exports: the separator (";" or ",")
 * and the encoding are detected, every record keeps the line it starts on so that errors
 * can point at it, and exported cells cannot be run as spreadsheet formulas.
 */
package fr.vigie.shared.csv;
