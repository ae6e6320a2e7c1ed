package fr.vigie.audit;

/**
 * A test was validated by a quality manager, or a validated test was corrected (then
 * {@code result.revision() > 1}). Listeners replace what they derived from an earlier
 * revision of the same audit.
 */
public record AuditValidated(AuditResult result) {

}
