package fr.vigie.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import fr.vigie.referential.Answer;

/**
 * The final answer to one checklist item. Graded levels and measured values have already
 * been turned into compliant / non-compliant (the auditor may have overridden the
 * proposal, with a reason), so scoring reads {@link #answer()} only.
 *
 * @param itemUrn URN of the referential node
 * @param answer the final answer; {@code null} when an optional item was left unanswered
 * @param measured the measured value in the item's unit, or null
 * @param level code of the chosen scale level, or null
 * @param comment the auditor's remark (what was observed), may be empty
 * @param evidenceIds ids of the evidence files attached to this item
 */
public record ItemResult(String itemUrn, Answer answer, BigDecimal measured, String level, String comment,
		List<String> evidenceIds) {

	public ItemResult {
		Objects.requireNonNull(itemUrn, "itemUrn");
		comment = (comment == null) ? "" : comment;
		evidenceIds = (evidenceIds == null) ? List.of() : List.copyOf(evidenceIds);
	}

	public boolean answered() {
		return this.answer != null;
	}

}
