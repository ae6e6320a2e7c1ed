package fr.vigie.scoring.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.vigie.audit.AuditResult;
import fr.vigie.audit.AuditValidated;
import fr.vigie.audit.ItemResult;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.scoring.CorrectiveAction;
import fr.vigie.scoring.Finding;
import fr.vigie.scoring.ScoringRules;
import fr.vigie.scoring.TestScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Scores every validated test (and every corrected revision) as it is published, stores
 * its summary, turns its non-compliant items into findings, and records a validated
 * re-test as the "after" result of its corrective action. Synchronous, under the system
 * identity: when the quality manager's validation returns, dashboards already show it
 * (see docs/decisions/020-scores-stored-at-validation.md).
 */
@Component
public class ScoreRecorder {

	private static final Logger log = LoggerFactory.getLogger(ScoreRecorder.class);

	private final ScoreStore store;

	private final Referentials referentials;

	private final FindingRepository findings;

	private final ActionRepository actions;

	private final References references;

	private final SystemIdentity system;

	private final Clock clock;

	ScoreRecorder(ScoreStore store, Referentials referentials, FindingRepository findings, ActionRepository actions,
			References references, SystemIdentity system, Clock clock) {
		this.store = store;
		this.referentials = referentials;
		this.findings = findings;
		this.actions = actions;
		this.references = references;
		this.system = system;
		this.clock = clock;
	}

	@EventListener
	void on(AuditValidated event) {
		this.system.run(() -> record(event.result()));
	}

	/** Returns false when a later revision of the test is already stored. */
	public boolean record(AuditResult result) {
		Optional<Integer> stored = this.store.revisionOf(result.auditId());
		if (stored.isPresent() && stored.get() > result.revision()) {
			log.info("Ignoring revision {} of test {}: revision {} is already scored", result.revision(),
					result.auditId(), stored.get());
			return false;
		}
		ReferentialVersion referential = this.referentials.find(result.referentialVersionId())
			.orElseThrow(() -> new IllegalStateException(
					"test " + result.auditId() + " pins unknown referential " + result.referentialVersionId()));
		TestScore score = ScoringRules.score(result, referential);
		this.store.save(result, score);
		recordFindings(result, referential, score);
		for (CorrectiveAction action : this.actions.findByRetestSlotId(result.auditId())) {
			action.retested(result.auditId());
			this.actions.save(action);
		}
		return true;
	}

	private void recordFindings(AuditResult result, ReferentialVersion referential, TestScore score) {
		Map<String, ItemResult> answers = result.items()
			.stream()
			.collect(Collectors.toMap(ItemResult::itemUrn, (item) -> item, (a, b) -> b));
		Map<String, Finding> existing = new HashMap<>();
		this.findings.findByAuditId(result.auditId()).forEach((finding) -> existing.put(finding.itemUrn(), finding));
		List<TestScore.ItemOutcome> failed = score.nonCompliant();
		for (TestScore.ItemOutcome item : failed) {
			ItemResult answer = answers.get(item.urn());
			Optional<ReferentialNode> engagement = referential.node(item.engagementUrn());
			Finding.Observation observation = new Finding.Observation(item.urn(), item.refId(), item.name(),
					item.engagementUrn(), engagement.map(ReferentialNode::refId).orElse(null),
					engagement.map((node) -> node.name().fr()).orElse(null), item.blocking(), result.testedOn(),
					answer.comment(), answer.evidenceIds());
			Finding finding = existing.remove(item.urn());
			if (finding == null) {
				finding = Finding.observed(this.references.nextFinding(), result.auditId(), result.siteId(),
						result.channel(), result.referentialVersionId(), observation, this.clock.instant());
			}
			else {
				finding.reobserved(observation);
			}
			this.findings.save(finding);
		}
		// Items a correction found compliant after all.
		Set<String> stillFailed = failed.stream().map(TestScore.ItemOutcome::urn).collect(Collectors.toSet());
		for (Finding gone : existing.values()) {
			if (stillFailed.contains(gone.itemUrn())) {
				continue;
			}
			if (gone.actionId() == null) {
				this.findings.delete(gone);
			}
			else if (!gone.withdrawn()) {
				gone.withdraw();
				this.findings.save(gone);
			}
		}
	}

}
