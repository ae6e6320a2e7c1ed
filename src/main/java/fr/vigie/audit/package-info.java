/**
 * Field capture of mystery tests: the auditor's checklist for the test's channel, taken
 * from the referential version the campaign pinned, with timers, measured values,
 * evidence files and autosave; submission, review by a quality manager and an append-only
 * history of corrections after validation.
 * <p>
 * Other modules learn about results through {@link fr.vigie.audit.AuditValidated}: it
 * carries a complete, self-contained {@link fr.vigie.audit.AuditResult} and is published
 * when a test is validated and again after every later correction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit capture")
package fr.vigie.audit;
