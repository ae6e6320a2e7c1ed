package fr.vigie.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.vigie.audit.AuditResult;
import fr.vigie.audit.ItemResult;
import fr.vigie.referential.Answer;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;

/**
 * The scoring rules, as pure functions (documented for users in README, "Scoring rules",
 * and in the dashboard's help panel):
 * <ol>
 * <li>A test's conformity is the sum of the weights of its compliant items divided by the
 * sum of the weights of its compliant and non-compliant items. "Not applicable", "cannot
 * verify" and unanswered items leave both sums. A test without any assessed item is not
 * scored.</li>
 * <li>An engagement's conformity in a test is computed the same way over the items whose
 * parent node it is. A non-compliant blocking item fails its engagement, and the test,
 * whatever the average.</li>
 * <li>Over several tests (a channel, a site, a wave, any period, the network) the
 * conformity is the mean of the tests' conformities: each test, one user's experience,
 * counts once whatever its number of items. The mark is the conformity × 10.</li>
 * <li>The 95 % confidence interval is Wilson's, with the number of tests as the sample
 * size (conservative: a rate between 0 and 1 varies at most like a yes/no outcome).</li>
 * <li>Verdict: no test → no data; fewer tests than the minimum sample → insufficient
 * sample; a failed blocking item → not met; otherwise the mark, rounded to one decimal as
 * shown, is compared with the excellence band then the pass threshold.</li>
 * <li>Label estimate (Services Publics+): only for judged scores without a failed
 * blocking item, the highest level whose threshold the rounded mark reaches.</li>
 * </ol>
 */
public final class ScoringRules {

	private static final double Z = 1.96;

	private ScoringRules() {
	}

	/** Scores a validated test against the referential version it used. */
	public static TestScore score(AuditResult result, ReferentialVersion referential) {
		Map<String, ItemResult> answers = new HashMap<>();
		for (ItemResult item : result.items()) {
			answers.put(item.itemUrn(), item);
		}
		Map<String, double[]> engagementSums = new LinkedHashMap<>();
		Map<String, Boolean> engagementBlocking = new HashMap<>();
		List<TestScore.ItemOutcome> outcomes = new ArrayList<>();
		double earned = 0;
		double possible = 0;
		boolean blockingFailed = false;
		for (ReferentialNode node : referential.itemsFor(result.channel())) {
			ItemResult answer = answers.get(node.urn());
			if (answer == null || !assessed(answer.answer())) {
				continue;
			}
			boolean compliant = answer.answer() == Answer.COMPLIANT;
			double weight = node.item().weight().doubleValue();
			boolean blocking = node.item().blocking();
			String engagement = (node.parentUrn() != null) ? node.parentUrn() : node.urn();
			outcomes.add(new TestScore.ItemOutcome(node.urn(), node.refId(), node.name().fr(), engagement, weight,
					blocking, compliant));
			double[] sums = engagementSums.computeIfAbsent(engagement, (urn) -> new double[2]);
			sums[1] += weight;
			possible += weight;
			if (compliant) {
				sums[0] += weight;
				earned += weight;
			}
			else if (blocking) {
				blockingFailed = true;
				engagementBlocking.put(engagement, true);
			}
		}
		List<TestScore.EngagementScore> engagements = new ArrayList<>();
		for (ReferentialNode node : referential.nodes()) {
			double[] sums = engagementSums.remove(node.urn());
			if (sums != null) {
				engagements.add(new TestScore.EngagementScore(node.urn(), node.refId(), node.name().fr(), sums[0],
						sums[1], engagementBlocking.getOrDefault(node.urn(), false)));
			}
		}
		return new TestScore(earned, possible, blockingFailed, engagements, outcomes);
	}

	private static boolean assessed(Answer answer) {
		return answer == Answer.COMPLIANT || answer == Answer.NON_COMPLIANT;
	}

	/** The verdict of a tally against the thresholds (rule 5). */
	public static Verdict verdict(Tally tally, Thresholds thresholds) {
		if (tally.isEmpty()) {
			return Verdict.NO_DATA;
		}
		if (tally.tests() < thresholds.minimumSample()) {
			return Verdict.INSUFFICIENT_SAMPLE;
		}
		if (tally.blockingFailed()) {
			return Verdict.NOT_MET;
		}
		double mark = tally.mark().value();
		if (mark >= thresholds.excellence()) {
			return Verdict.EXCELLENT;
		}
		return (mark >= thresholds.pass()) ? Verdict.MET : Verdict.NOT_MET;
	}

	/** The Services Publics+ label estimate of a tally (rule 6). */
	public static LabelEstimate label(Tally tally, Thresholds thresholds) {
		Verdict verdict = verdict(tally, thresholds);
		if (!verdict.judged() || tally.blockingFailed()) {
			return LabelEstimate.NONE;
		}
		double mark = tally.mark().value();
		if (mark >= thresholds.or()) {
			return LabelEstimate.OR;
		}
		if (mark >= thresholds.argent()) {
			return LabelEstimate.ARGENT;
		}
		return (mark >= thresholds.bronze()) ? LabelEstimate.BRONZE : LabelEstimate.NONE;
	}

	/**
	 * The 95 % Wilson score interval of a rate observed over {@code n} trials.
	 * @return {lower, upper}, both between 0 and 1
	 */
	public static double[] wilson(double rate, int n) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be positive: " + n);
		}
		double p = Math.min(1, Math.max(0, rate));
		double z2 = Z * Z;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2.0 * n)) / denominator;
		double margin = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
		return new double[] { Math.max(0, centre - margin), Math.min(1, centre + margin) };
	}

}
