package fr.vigie.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import fr.vigie.referential.Answer;

/**
 * The stored answer to one item. {@code revision} counts its saves: a save based on an
 * older revision is refused, so two devices editing the same test never overwrite each
 * other silently.
 *
 * @param answer the final answer (explicit, or the proposal), null while unanswered
 * @param proposedCompliant the conformity computed from the measured value or level, null
 * when nothing was measured or the item has no target
 * @param evidenceIds ids of the evidence files attached to the item
 */
public record CapturedAnswer(String itemUrn, Answer answer, boolean explicit, BigDecimal measured, String level,
		LocalDate from, LocalDate to, Instant timerStart, Instant timerStop, Boolean proposedCompliant,
		String overrideReason, String comment, List<String> evidenceIds, Instant savedAt, String savedBy,
		int revision) {

	public CapturedAnswer {
		Objects.requireNonNull(itemUrn, "itemUrn");
		comment = (comment == null) ? "" : comment;
		evidenceIds = (evidenceIds == null) ? List.of() : List.copyOf(evidenceIds);
	}

	static CapturedAnswer none(String itemUrn) {
		return new CapturedAnswer(itemUrn, null, false, null, null, null, null, null, null, null, null, "", List.of(),
				null, null, 0);
	}

	/** Whether the auditor departs from the conformity proposed by the measure. */
	public boolean overridden() {
		return this.overrideReason != null;
	}

	/** The draft that reproduces this answer, for editing it further. */
	public AnswerDraft toDraft() {
		return new AnswerDraft(this.itemUrn, this.explicit ? this.answer : null, this.measured, this.level, this.from,
				this.to, this.timerStart, this.timerStop, this.overrideReason, this.comment);
	}

	CapturedAnswer withEvidence(List<String> ids, Instant at, String by) {
		return new CapturedAnswer(this.itemUrn, this.answer, this.explicit, this.measured, this.level, this.from,
				this.to, this.timerStart, this.timerStop, this.proposedCompliant, this.overrideReason, this.comment,
				ids, at, by, this.revision + 1);
	}

	ItemResult toResult() {
		return new ItemResult(this.itemUrn, this.answer, this.measured, this.level, this.comment, this.evidenceIds);
	}

}
