package fr.vigie.organisation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.vigie.organisation.ImportProblem;
import fr.vigie.shared.csv.CsvRecord;

/**
 * The columns of an imported file, checked against those a format knows: an unknown
 * column is refused (a typo would otherwise silently drop data), a required one must be
 * there, none may appear twice. Column names are compared case-insensitively.
 */
final class CsvColumns {

	private final Map<String, Integer> indexByName = new HashMap<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	CsvColumns(List<String> header, List<String> known, Set<String> required) {
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty() && i == header.size() - 1) {
				continue;
			}
			if (!known.contains(name)) {
				this.problems.add(ImportProblem.of(1, header.get(i), "import.column.unknown", header.get(i),
						String.join(", ", known)));
			}
			else if (this.indexByName.putIfAbsent(name, i) != null) {
				this.problems.add(ImportProblem.of(1, name, "import.column.duplicate", name));
			}
		}
		for (String name : known) {
			if (required.contains(name) && !this.indexByName.containsKey(name)) {
				this.problems.add(ImportProblem.of(1, name, "import.column.missing", name));
			}
		}
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	boolean has(String name) {
		return this.indexByName.containsKey(name);
	}

	/** The trimmed value, empty when blank or when the column is absent. */
	String value(CsvRecord record, String name) {
		Integer index = this.indexByName.get(name);
		return (index != null) ? record.value(index).strip() : "";
	}

}
