package fr.vigie.scoring;

import java.time.LocalDate;

import fr.vigie.shared.UserFacingException;

/**
 * What to aggregate: the tests of one referential version done between two days
 * (inclusive). Any period works: a quarter, a year, a custom range.
 */
public record ScoreQuery(String referentialVersionId, LocalDate from, LocalDate to) {

	public ScoreQuery {
		if (referentialVersionId == null || referentialVersionId.isBlank()) {
			throw new UserFacingException("scoring.query.referentialRequired");
		}
		if (from == null || to == null) {
			throw new UserFacingException("scoring.query.periodRequired");
		}
		if (from.isAfter(to)) {
			throw new UserFacingException("scoring.query.periodReversed", from, to);
		}
	}

}
