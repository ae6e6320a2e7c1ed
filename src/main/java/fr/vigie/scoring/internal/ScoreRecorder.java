package fr.vigie.scoring.internal;

import java.time.Clock;
import java.util.ArrayList;
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
import org.bson.Document;
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
		ReferentialVersion referential = referentialOf(result);
		TestScore score = ScoringRules.score(result, referential);
		this.store.save(result, score);
		recordFindings(result, referential, score);
		for (CorrectiveAction action : this.actions.findByRetestSlotId(result.auditId())) {
			action.retested(result.auditId());
			this.actions.save(action);
		}
		return true;
	}

	/**
	 * Scores a bulk load of validated tests never recorded before (a data import, the
	 * national data set): summaries and findings are inserted in batches instead of one
	 * test at a time, with the same content as {@link #record}; the pre-aggregates are
	 * left to {@link ScoreStore#rebuildSiteQuarters()}, once after the whole load.
	 * Returns the number of findings.
	 */
	public int recordNew(List<AuditResult> results) {
		List<Document> summaries = new ArrayList<>(results.size());
		List<Finding> observed = new ArrayList<>();
		List<Finding.Observation> observations = new ArrayList<>();
		List<AuditResult> observedIn = new ArrayList<>();
		for (AuditResult result : results) {
			ReferentialVersion referential = referentialOf(result);
			TestScore score = ScoringRules.score(result, referential);
			summaries.add(ScoreStore.document(result, score));
			Map<String, ItemResult> answers = answersOf(result);
			for (TestScore.ItemOutcome item : score.nonCompliant()) {
				observations.add(observation(result, referential, item, answers.get(item.urn())));
				observedIn.add(result);
			}
		}
		List<String> references = this.references.nextFindings(observations.size());
		for (int i = 0; i < observations.size(); i++) {
			observed.add(observed(references.get(i), observedIn.get(i), observations.get(i)));
		}
		this.store.insertAll(summaries);
		this.findings.insert(observed);
		return observed.size();
	}

	private ReferentialVersion referentialOf(AuditResult result) {
		return this.referentials.find(result.referentialVersionId())
			.orElseThrow(() -> new IllegalStateException(
					"test " + result.auditId() + " pins unknown referential " + result.referentialVersionId()));
	}

	private static Map<String, ItemResult> answersOf(AuditResult result) {
		return result.items().stream().collect(Collectors.toMap(ItemResult::itemUrn, (item) -> item, (a, b) -> b));
	}

	private Finding observed(String reference, AuditResult result, Finding.Observation observation) {
		return Finding.observed(reference, result.auditId(), result.siteId(), result.channel(),
				result.referentialVersionId(), observation, this.clock.instant());
	}

	private static Finding.Observation observation(AuditResult result, ReferentialVersion referential,
			TestScore.ItemOutcome item, ItemResult answer) {
		Optional<ReferentialNode> engagement = referential.node(item.engagementUrn());
		return new Finding.Observation(item.urn(), item.refId(), item.name(), item.engagementUrn(),
				engagement.map(ReferentialNode::refId).orElse(null),
				engagement.map((node) -> node.name().fr()).orElse(null), item.blocking(), result.testedOn(),
				answer.comment(), answer.evidenceIds());
	}

	private void recordFindings(AuditResult result, ReferentialVersion referential, TestScore score) {
		Map<String, ItemResult> answers = answersOf(result);
		Map<String, Finding> existing = new HashMap<>();
		this.findings.findByAuditId(result.auditId()).forEach((finding) -> existing.put(finding.itemUrn(), finding));
		List<TestScore.ItemOutcome> failed = score.nonCompliant();
		for (TestScore.ItemOutcome item : failed) {
			Finding.Observation observation = observation(result, referential, item, answers.get(item.urn()));
			Finding finding = existing.remove(item.urn());
			if (finding == null) {
				finding = observed(this.references.nextFinding(), result, observation);
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
