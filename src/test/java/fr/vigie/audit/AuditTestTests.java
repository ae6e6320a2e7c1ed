package fr.vigie.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import fr.vigie.campaign.PublishedTests;
import fr.vigie.campaign.TestSlot;
import fr.vigie.referential.Answer;
import fr.vigie.referential.CheckItem;
import fr.vigie.referential.LocalizedText;
import fr.vigie.referential.Measure;
import fr.vigie.referential.MeasureUnit;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.Requirement;
import fr.vigie.referential.ScaleLevel;
import fr.vigie.referential.Target;
import fr.vigie.referential.TargetComparator;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTestTests {

	private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");

	private static final WorkingDays DAYS = WorkingDays.france();

	private final ReferentialNode rings = item("call.2",
			new Measure(MeasureUnit.RINGS, new Target(TargetComparator.LE, BigDecimal.valueOf(5), MeasureUnit.RINGS)),
			List.of(), Requirement.OPTIONAL, Requirement.NONE, true);

	private final ReferentialNode waiting = item("visit.5",
			new Measure(MeasureUnit.MINUTES,
					new Target(TargetComparator.LE, BigDecimal.valueOf(10), MeasureUnit.MINUTES)),
			List.of(), Requirement.OPTIONAL, Requirement.NONE, true);

	private final ReferentialNode reply = item("email.2",
			new Measure(MeasureUnit.WORKING_DAYS,
					new Target(TargetComparator.LE, BigDecimal.valueOf(5), MeasureUnit.WORKING_DAYS)),
			List.of(), Requirement.OPTIONAL, Requirement.NONE, true);

	private final ReferentialNode quality = item("call.6", null,
			List.of(new ScaleLevel("none", new LocalizedText("Aucune réponse", "No answer"), false),
					new ScaleLevel("acceptable", new LocalizedText("Acceptable", "Acceptable"), true),
					new ScaleLevel("precise", new LocalizedText("Précise", "Precise"), true)),
			Requirement.OPTIONAL, Requirement.NONE, true);

	private final ReferentialNode signage = item("visit.1", null, List.of(), Requirement.OPTIONAL, Requirement.REQUIRED,
			true);

	private final ReferentialNode optional = item("visit.9", null, List.of(), Requirement.NONE, Requirement.NONE,
			false);

	@Test
	void proposesConformityFromTheMeasuredValue() {
		AuditTest test = test();
		CapturedAnswer four = test.record(this.rings, typed("call.2", "4"), 0, DAYS, "enqueteur", AT);
		assertThat(four.answer()).isEqualTo(Answer.COMPLIANT);
		assertThat(four.proposedCompliant()).isTrue();
		CapturedAnswer seven = test.record(this.rings, typed("call.2", "7"), 1, DAYS, "enqueteur", AT);
		assertThat(seven.answer()).isEqualTo(Answer.NON_COMPLIANT);
		assertThat(seven.revision()).isEqualTo(2);
	}

	@Test
	void computesWaitingTimeFromTheStopwatch() {
		Instant arrival = Instant.parse("2026-03-10T09:02:00Z");
		AnswerDraft timed = new AnswerDraft("visit.5", null, null, null, null, null, arrival,
				arrival.plusSeconds(12 * 60 + 30), null, null);
		CapturedAnswer answer = test().record(this.waiting, timed, 0, DAYS, "enqueteur", AT);
		assertThat(answer.measured()).isEqualByComparingTo("12.5");
		assertThat(answer.answer()).isEqualTo(Answer.NON_COMPLIANT);
	}

	@Test
	void countsReplyDelaysInWorkingDaysWithoutHolidays() {
		// Sent Thursday 30 April 2026, answered Thursday 7 May: 1 May and 8 May are
		// holidays, so Fri 1 (holiday), Mon 4, Tue 5, Wed 6, Thu 7 = 4 working days.
		AnswerDraft dates = new AnswerDraft("email.2", null, null, null, LocalDate.of(2026, 4, 30),
				LocalDate.of(2026, 5, 7), null, null, null, null);
		CapturedAnswer answer = test().record(this.reply, dates, 0, DAYS, "enqueteur", AT);
		assertThat(answer.measured()).isEqualByComparingTo("4");
		assertThat(answer.answer()).isEqualTo(Answer.COMPLIANT);
	}

	@Test
	void refusesAReplyDatedBeforeTheRequest() {
		AnswerDraft reversed = new AnswerDraft("email.2", null, null, null, LocalDate.of(2026, 5, 7),
				LocalDate.of(2026, 4, 30), null, null, null, null);
		assertThatThrownBy(() -> test().record(this.reply, reversed, 0, DAYS, "enqueteur", AT)).isInstanceOfSatisfying(
				UserFacingException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("audit.error.datesOrder"));
	}

	@Test
	void departingFromTheMeasureNeedsAReason() {
		AuditTest test = test();
		AnswerDraft override = typed("call.2", "7").withAnswer(Answer.COMPLIANT);
		assertThatThrownBy(() -> test.record(this.rings, override, 0, DAYS, "enqueteur", AT)).isInstanceOfSatisfying(
				UserFacingException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("audit.error.overrideReason"));
		AnswerDraft explained = new AnswerDraft("call.2", Answer.COMPLIANT, BigDecimal.valueOf(7), null, null, null,
				null, null, "Standard saturé par une alerte météo", null);
		CapturedAnswer answer = test.record(this.rings, explained, 0, DAYS, "enqueteur", AT);
		assertThat(answer.answer()).isEqualTo(Answer.COMPLIANT);
		assertThat(answer.overridden()).isTrue();
	}

	@Test
	void gradedLevelsGiveTheConformity() {
		AnswerDraft acceptable = new AnswerDraft("call.6", null, null, "acceptable", null, null, null, null, null,
				null);
		assertThat(test().record(this.quality, acceptable, 0, DAYS, "enqueteur", AT).answer())
			.isEqualTo(Answer.COMPLIANT);
		AnswerDraft unknown = new AnswerDraft("call.6", null, null, "brilliant", null, null, null, null, null, null);
		assertThatThrownBy(() -> test().record(this.quality, unknown, 0, DAYS, "enqueteur", AT))
			.isInstanceOf(UserFacingException.class);
	}

	@Test
	void aSaveBasedOnAnOutdatedRevisionIsRefusedWithTheCurrentAnswer() {
		AuditTest test = test();
		test.record(this.rings, typed("call.2", "3"), 0, DAYS, "tablet", AT);
		assertThatThrownBy(() -> test.record(this.rings, typed("call.2", "8"), 0, DAYS, "phone", AT))
			.isInstanceOfSatisfying(AnswerConflictException.class,
					(ex) -> assertThat(ex.current().measured()).isEqualByComparingTo("3"));
		assertThat(test.answer("call.2").measured()).isEqualByComparingTo("3");
	}

	@Test
	void rejectsSubmissionWithUnansweredMandatoryItemsMissingPhotosOrObservations() {
		AuditTest test = test();
		List<ReferentialNode> items = List.of(this.rings, this.signage, this.optional);
		test.record(this.rings, typed("call.2", "9"), 0, DAYS, "enqueteur", AT);
		test.record(this.signage, AnswerDraft.blank("visit.1").withAnswer(Answer.COMPLIANT), 0, DAYS, "enqueteur", AT);
		assertThatThrownBy(() -> test.submit(items, "enqueteur", AT)).isInstanceOfSatisfying(
				IncompleteTestException.class,
				(ex) -> assertThat(ex.gaps()).extracting(CompletenessGap::itemUrn, CompletenessGap::missing)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("call.2", "audit.gap.comment"),
							org.assertj.core.groups.Tuple.tuple("visit.1", "audit.gap.photo")));
		assertThat(test.status()).isEqualTo(AuditStatus.IN_PROGRESS);
	}

	@Test
	void aSubmittedTestIsLockedUntilReturned() {
		AuditTest test = test();
		test.record(this.rings, typed("call.2", "2"), 0, DAYS, "enqueteur", AT);
		test.submit(List.of(this.rings), "enqueteur", AT);
		assertThatThrownBy(() -> test.record(this.rings, typed("call.2", "3"), 1, DAYS, "enqueteur", AT))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("audit.error.locked"));
		assertThatThrownBy(() -> test.returnForCorrection(" ", "qualite", AT)).isInstanceOf(UserFacingException.class);
		test.returnForCorrection("Préciser le nombre de sonneries", "qualite", AT);
		assertThat(test.record(this.rings, typed("call.2", "3"), 1, DAYS, "enqueteur", AT).measured())
			.isEqualByComparingTo("3");
	}

	@Test
	void correctionsAfterValidationNeedAReasonAndAreAppendedToTheHistory() {
		AuditTest test = test();
		test.record(this.rings, typed("call.2", "4"), 0, DAYS, "enqueteur", AT);
		test.submit(List.of(this.rings), "enqueteur", AT);
		AuditResult first = test.validate(List.of(this.rings), "qualite", AT);
		assertThat(first.revision()).isEqualTo(1);
		assertThat(first.items()).singleElement()
			.satisfies((item) -> assertThat(item.answer()).isEqualTo(Answer.COMPLIANT));

		assertThatThrownBy(
				() -> test.correct(this.rings, typed("call.2", "6"), 1, "", List.of(this.rings), DAYS, "qualite", AT))
			.isInstanceOf(UserFacingException.class);
		AnswerDraft sixRings = new AnswerDraft("call.2", null, BigDecimal.valueOf(6), null, null, null, null, null,
				null, "6 sonneries avant le décroché");
		AuditResult second = test.correct(this.rings, sixRings, 1, "Erreur de saisie", List.of(this.rings), DAYS,
				"qualite", AT.plusSeconds(60));
		assertThat(second.revision()).isEqualTo(2);
		assertThat(second.items().get(0).answer()).isEqualTo(Answer.NON_COMPLIANT);
		assertThat(test.corrections()).extracting(Correction::field, Correction::oldValue, Correction::newValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("answer", "compliant", "non_compliant"),
					org.assertj.core.groups.Tuple.tuple("measured", "4", "6"),
					org.assertj.core.groups.Tuple.tuple("comment", null, "6 sonneries avant le décroché"));
		assertThat(test.corrections()).allSatisfy((correction) -> {
			assertThat(correction.reason()).isEqualTo("Erreur de saisie");
			assertThat(correction.by()).isEqualTo("qualite");
		});
	}

	private static AnswerDraft typed(String urn, String value) {
		return new AnswerDraft(urn, null, new BigDecimal(value), null, null, null, null, null, null, null);
	}

	private static AuditTest test() {
		TestSlot slot = PublishedTests.slot("slot-1", "VAL-HDV", Channel.PHONE, LocalDate.of(2026, 3, 10),
				LocalTime.of(10, 0), "ENQ-001", "enqueteur");
		return AuditTest.open(slot, "urn:test@1");
	}

	private static ReferentialNode item(String urn, Measure measure, List<ScaleLevel> scale, Requirement freeText,
			Requirement photo, boolean mandatory) {
		CheckItem checkItem = new CheckItem(Set.of(Channel.PHONE, Channel.COUNTER, Channel.EMAIL), null, measure, scale,
				freeText, photo, BigDecimal.ONE, false, mandatory);
		return new ReferentialNode(urn, "engagement", 2, urn, new LocalizedText(urn, urn), null, null, null, null,
				List.of(), checkItem);
	}

}
