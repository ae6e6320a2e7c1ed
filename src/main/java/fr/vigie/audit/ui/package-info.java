/**
 * Screens of field capture and review: the auditor's tests, the checklist on tablets and
 * phones, the quality managers' review queue and corrections.
 */
package fr.vigie.audit.ui;
