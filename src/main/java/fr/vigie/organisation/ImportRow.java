package fr.vigie.organisation;

import java.util.List;

/**
 * One line of an import preview.
 *
 * @param line the line of the file where the record starts
 * @param key the external id or code read on the line (may be empty when missing)
 * @param label a name to recognise the line by
 * @param action what confirming would do
 * @param problems what is wrong with the line; empty when it can be imported
 */
public record ImportRow(int line, String key, String label, ImportAction action, List<ImportProblem> problems) {

	public ImportRow {
		problems = List.copyOf(problems);
	}

	public boolean valid() {
		return this.problems.isEmpty();
	}

}
