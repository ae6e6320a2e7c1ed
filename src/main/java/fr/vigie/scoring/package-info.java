/**
 * Scores, verdicts, findings and corrective actions: every validated test is scored once
 * against the referential version it used and stored as a summary that dashboards and
 * reports aggregate; its non-compliant items become findings that quality managers group
 * into corrective actions, followed up by the campaign scheduler and closed with an
 * optional re-test. API: {@link fr.vigie.scoring.ScoringManagement}; rules:
 * {@link fr.vigie.scoring.ScoringRules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring")
package fr.vigie.scoring;
