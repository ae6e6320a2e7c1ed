package fr.vigie.organisation;

import java.util.List;
import java.util.Set;

/**
 * What an import would do, computed without writing anything. Problems with the file
 * itself (unreadable, unknown or missing columns) block everything; a line with problems
 * blocks the import until it is corrected or explicitly excluded.
 */
public record ImportPreview(List<ImportProblem> fileProblems, List<ImportRow> rows, List<ImportNotice> notices) {

	public ImportPreview {
		fileProblems = List.copyOf(fileProblems);
		rows = List.copyOf(rows);
		notices = List.copyOf(notices);
	}

	public long count(ImportAction action) {
		return this.rows.stream().filter((row) -> row.action() == action).count();
	}

	/** Invalid lines not in {@code excludedLines}: each one blocks the import. */
	public List<ImportRow> blockingRows(Set<Integer> excludedLines) {
		return this.rows.stream().filter((row) -> !row.valid() && !excludedLines.contains(row.line())).toList();
	}

	public boolean canImport(Set<Integer> excludedLines) {
		return this.fileProblems.isEmpty() && blockingRows(excludedLines).isEmpty()
				&& this.rows.stream().anyMatch((row) -> row.valid() && !excludedLines.contains(row.line()));
	}

	/** Every problem, file first then line by line. */
	public List<ImportProblem> allProblems() {
		return java.util.stream.Stream
			.concat(this.fileProblems.stream(), this.rows.stream().flatMap((row) -> row.problems().stream()))
			.toList();
	}

}
