/**
 * OpenPDF renderers (PDF/A-2b, embedded Liberation fonts, French typography, vector
 * charts), the GridFS-backed register, the batch worker, and the demo data source used
 * until the scoring module provides real figures. OpenPDF is used nowhere else.
 */
package fr.vigie.report.internal;
