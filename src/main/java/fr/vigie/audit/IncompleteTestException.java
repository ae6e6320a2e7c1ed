package fr.vigie.audit;

import java.util.List;

import fr.vigie.shared.UserFacingException;

/** A submission refused because of {@link #gaps()}; nothing is lost. */
public class IncompleteTestException extends UserFacingException {

	private final List<CompletenessGap> gaps;

	IncompleteTestException(List<CompletenessGap> gaps) {
		super("audit.error.incomplete", gaps.size());
		this.gaps = List.copyOf(gaps);
	}

	public List<CompletenessGap> gaps() {
		return this.gaps;
	}

}
