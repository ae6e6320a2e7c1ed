package fr.vigie.referential;

import java.util.List;

import fr.vigie.shared.UserFacingException;

/** An uploaded referential file was refused; nothing was stored. */
public class ReferentialImportException extends UserFacingException {

	private final transient List<LoadProblem> problems;

	public ReferentialImportException(String fileName, List<LoadProblem> problems) {
		super("referential.import.refused", fileName, problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<LoadProblem> problems() {
		return this.problems;
	}

}
