package fr.vigie.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import fr.vigie.audit.AuditResult;
import fr.vigie.audit.ItemResult;
import fr.vigie.referential.Answer;
import fr.vigie.referential.CheckItem;
import fr.vigie.referential.LocalizedText;
import fr.vigie.referential.ReferentialHeader;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.shared.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scoring rules on cases computed by hand. Referential: engagement E1 with items i1
 * (weight 2), i2 (weight 1), i3 (weight 1, blocking), engagement E2 with i4 (weight 3)
 * and i5 (weight 1, phone only); i1 to i4 apply at the counter and by phone.
 */
class ScoringRulesTests {

	static final String URN = "urn:test:ref";

	static final ReferentialVersion REFERENTIAL = referential();

	@Test
	void notApplicableAndCannotVerifyItemsLeaveNumeratorAndDenominator() {
		// i1 C (2), i2 NC (1), i3 N/A, i4 C (3): 5 / 6.
		TestScore score = ScoringRules.score(test(Channel.COUNTER, Answer.COMPLIANT, Answer.NON_COMPLIANT,
				Answer.NOT_APPLICABLE, Answer.COMPLIANT, null), REFERENTIAL);
		assertThat(score.earned()).isEqualTo(5);
		assertThat(score.possible()).isEqualTo(6);
		assertThat(score.rate()).isCloseTo(5.0 / 6, within(1e-9));
		assertThat(score.tally().mark().value()).isEqualTo(8.3);
		assertThat(score.blockingFailed()).isFalse();
		assertThat(score.engagements()).extracting(TestScore.EngagementScore::refId).containsExactly("1", "2");
		assertThat(score.engagements().get(0).rate()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(score.engagements().get(1).rate()).isEqualTo(1.0);
		assertThat(score.nonCompliant()).extracting(TestScore.ItemOutcome::urn).containsExactly(URN + ":i2");
	}

	@Test
	void aFailedBlockingItemFailsItsEngagementAndTheTestWhateverTheAverage() {
		// i1 C (2), i2 C (1), i3 NC blocking (1), i4 cannot verify: 3 / 4 = 7.5.
		TestScore score = ScoringRules.score(test(Channel.COUNTER, Answer.COMPLIANT, Answer.COMPLIANT,
				Answer.NON_COMPLIANT, Answer.CANNOT_VERIFY, null), REFERENTIAL);
		assertThat(score.rate()).isEqualTo(0.75);
		assertThat(score.blockingFailed()).isTrue();
		assertThat(score.engagements()).singleElement().satisfies((engagement) -> {
			assertThat(engagement.blockingFailed()).isTrue();
			assertThat(engagement.rate()).isEqualTo(0.75);
		});
		Tally tally = score.tally();
		Thresholds oneTestIsEnough = new Thresholds(7, 9, 1, 7, 8, 9);
		assertThat(tally.mark().value()).isEqualTo(7.5);
		assertThat(ScoringRules.verdict(tally, oneTestIsEnough)).isEqualTo(Verdict.NOT_MET);
		assertThat(ScoringRules.label(tally, oneTestIsEnough)).isEqualTo(LabelEstimate.NONE);
	}

	@Test
	void unansweredItemsAndItemsOfOtherChannelsAreIgnored() {
		// By phone, i1 unanswered, only i5 (weight 1) answered, non-compliant: 0 / 1. The
		// answer given to i4 on an item the phone channel does include counts (3 / 4).
		TestScore onlyI5 = ScoringRules.score(test(Channel.PHONE, null, null, null, null, Answer.NON_COMPLIANT),
				REFERENTIAL);
		assertThat(onlyI5.rate()).isZero();
		TestScore counterIgnoresI5 = ScoringRules
			.score(test(Channel.COUNTER, null, null, null, Answer.COMPLIANT, Answer.NON_COMPLIANT), REFERENTIAL);
		assertThat(counterIgnoresI5.rate()).isEqualTo(1.0);
		assertThat(counterIgnoresI5.items()).hasSize(1);
	}

	@Test
	void aTestWithoutAnyAssessedItemCountsInNoScore() {
		TestScore score = ScoringRules.score(
				test(Channel.COUNTER, Answer.NOT_APPLICABLE, Answer.CANNOT_VERIFY, null, Answer.NOT_APPLICABLE, null),
				REFERENTIAL);
		assertThat(score.scored()).isFalse();
		assertThat(score.tally()).isEqualTo(Tally.EMPTY);
		assertThat(ScoringRules.verdict(score.tally(), Thresholds.DEFAULT)).isEqualTo(Verdict.NO_DATA);
	}

	@Test
	void severalTestsAverageTheirConformitiesSoEachTestCountsOnce() {
		// 5/6 and 3/4 average to 19/24 = 0.7917, i.e. 7.9 (a pooled ratio would give
		// 8/10).
		Tally site = Tally.ofTest(5.0 / 6, false).plus(Tally.ofTest(0.75, true));
		assertThat(site.tests()).isEqualTo(2);
		assertThat(site.rate()).isCloseTo(19.0 / 24, within(1e-9));
		Mark mark = site.mark();
		assertThat(mark.value()).isEqualTo(7.9);
		assertThat(mark.percent()).isEqualTo(79.2);
		assertThat(mark.blockingFailed()).isTrue();
		// Wilson 95 % for p = 0.7917, n = 2: [0.2187, 0.9810].
		assertThat(mark.lower()).isEqualTo(2.2);
		assertThat(mark.upper()).isEqualTo(9.8);
	}

	@Test
	void wilsonIntervalMatchesTheTextbookValues() {
		// p = 0.8, n = 10: [0.4902, 0.9433]; p = 1, n = 5: [0.5655, 1].
		assertThat(ScoringRules.wilson(0.8, 10)[0]).isCloseTo(0.49016, within(1e-4));
		assertThat(ScoringRules.wilson(0.8, 10)[1]).isCloseTo(0.94332, within(1e-4));
		assertThat(ScoringRules.wilson(1, 5)[0]).isCloseTo(0.56551, within(1e-4));
		assertThat(ScoringRules.wilson(1, 5)[1]).isEqualTo(1.0);
		assertThat(ScoringRules.wilson(0, 5)[0]).isZero();
	}

	@Test
	void verdictComparesTheShownMarkWithExcellenceThenThePassThreshold() {
		assertThat(ScoringRules.verdict(tests(5, 0.9), Thresholds.DEFAULT)).isEqualTo(Verdict.EXCELLENT);
		assertThat(ScoringRules.verdict(tests(5, 0.8), Thresholds.DEFAULT)).isEqualTo(Verdict.MET);
		// 6.96 is shown as 7.0 and judged as shown.
		assertThat(ScoringRules.verdict(tests(5, 0.696), Thresholds.DEFAULT)).isEqualTo(Verdict.MET);
		assertThat(ScoringRules.verdict(tests(5, 0.694), Thresholds.DEFAULT)).isEqualTo(Verdict.NOT_MET);
		assertThat(ScoringRules.verdict(tests(4, 1), Thresholds.DEFAULT)).isEqualTo(Verdict.INSUFFICIENT_SAMPLE);
		assertThat(ScoringRules.verdict(Tally.EMPTY, Thresholds.DEFAULT)).isEqualTo(Verdict.NO_DATA);
		Thresholds strict = new Thresholds(8, 9.5, 3, 7, 8, 9);
		assertThat(ScoringRules.verdict(tests(3, 0.9), strict)).isEqualTo(Verdict.MET);
		assertThat(ScoringRules.verdict(tests(3, 0.75), strict)).isEqualTo(Verdict.NOT_MET);
	}

	@Test
	void labelEstimateIsTheHighestLevelReachedByAJudgedScore() {
		assertThat(ScoringRules.label(tests(6, 0.92), Thresholds.DEFAULT)).isEqualTo(LabelEstimate.OR);
		assertThat(ScoringRules.label(tests(6, 0.85), Thresholds.DEFAULT)).isEqualTo(LabelEstimate.ARGENT);
		assertThat(ScoringRules.label(tests(6, 0.7), Thresholds.DEFAULT)).isEqualTo(LabelEstimate.BRONZE);
		assertThat(ScoringRules.label(tests(6, 0.69), Thresholds.DEFAULT)).isEqualTo(LabelEstimate.NONE);
		assertThat(ScoringRules.label(tests(2, 1), Thresholds.DEFAULT)).isEqualTo(LabelEstimate.NONE);
	}

	private static Tally tests(int count, double rate) {
		return new Tally(rate * count, count, 0);
	}

	static AuditResult test(Channel channel, Answer... answers) {
		List<ItemResult> items = new ArrayList<>();
		for (int i = 0; i < answers.length; i++) {
			items.add(new ItemResult(URN + ":i" + (i + 1), answers[i], null, null, "remarque " + (i + 1),
					List.of("evidence-" + (i + 1))));
		}
		return new AuditResult("audit-1", "campaign-1", 1, "SITE-1", channel, URN + "@1", LocalDate.of(2026, 3, 10),
				"Scénario", "ENQ-001", Instant.parse("2026-03-12T10:00:00Z"), 1, items);
	}

	static ReferentialVersion referential() {
		List<ReferentialNode> nodes = List.of(group("e1", "1"),
				item("i1", "e1", 2, false, Channel.COUNTER, Channel.PHONE),
				item("i2", "e1", 1, false, Channel.COUNTER, Channel.PHONE),
				item("i3", "e1", 1, true, Channel.COUNTER, Channel.PHONE), group("e2", "2"),
				item("i4", "e2", 3, false, Channel.COUNTER, Channel.PHONE), item("i5", "e2", 1, false, Channel.PHONE));
		ReferentialHeader header = new ReferentialHeader(URN, 1, "T", new LocalizedText("Test", "Test"), null, "Vigie",
				null, null, null, null, null);
		return ReferentialVersion.shipped(header, nodes, "x", "test.yaml", Instant.EPOCH);
	}

	private static ReferentialNode group(String code, String refId) {
		return new ReferentialNode(URN + ":" + code, null, 1, refId, new LocalizedText("Engagement " + refId, "E"),
				null, null, null, null, null, null);
	}

	private static ReferentialNode item(String code, String parent, int weight, boolean blocking, Channel... channels) {
		CheckItem check = new CheckItem(EnumSet.of(channels[0], channels), null, null, null, null, null,
				BigDecimal.valueOf(weight), blocking, false);
		return new ReferentialNode(URN + ":" + code, URN + ":" + parent, 2, code,
				new LocalizedText("Item " + code, "I"), null, null, null, null, null, check);
	}

}
