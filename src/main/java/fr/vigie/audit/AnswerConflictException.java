package fr.vigie.audit;

import fr.vigie.shared.UserFacingException;

/**
 * The answer was saved from another device (or tab) since this one loaded it. Nothing is
 * overwritten: the caller shows {@link #current()} and lets the auditor decide.
 */
public class AnswerConflictException extends UserFacingException {

	private final CapturedAnswer current;

	AnswerConflictException(CapturedAnswer current) {
		super("audit.error.answerChanged");
		this.current = current;
	}

	public CapturedAnswer current() {
		return this.current;
	}

}
