package fr.vigie.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import fr.vigie.referential.Answer;

/**
 * What the auditor has entered for one item, as the checklist sends it on every change.
 * The measured value may come from a stopwatch ({@code timerStart}/{@code timerStop}) or
 * from two dates (sent / replied) for delays; it is then computed, not typed.
 *
 * @param itemUrn the item
 * @param answer the answer chosen explicitly, or null to follow the proposal computed
 * from the measured value or the graded level
 * @param measured a value typed by hand, ignored when a stopwatch or dates give it
 * @param level the chosen level of a graded item, or null
 * @param from start date of a delay (request sent), or null
 * @param to end date of a delay (reply received), or null
 * @param timerStart when the stopwatch was started (arrival, call placed), or null
 * @param timerStop when it was stopped (served, picked up), or null
 * @param overrideReason why the auditor departs from the proposed conformity
 * @param comment what was observed
 */
public record AnswerDraft(String itemUrn, Answer answer, BigDecimal measured, String level, LocalDate from,
		LocalDate to, Instant timerStart, Instant timerStop, String overrideReason, String comment) {

	/** An empty draft for {@code itemUrn}. */
	public static AnswerDraft blank(String itemUrn) {
		return new AnswerDraft(itemUrn, null, null, null, null, null, null, null, null, null);
	}

	/** This draft with only the explicit answer changed. */
	public AnswerDraft withAnswer(Answer newAnswer) {
		return new AnswerDraft(this.itemUrn, newAnswer, this.measured, this.level, this.from, this.to, this.timerStart,
				this.timerStop, this.overrideReason, this.comment);
	}

}
