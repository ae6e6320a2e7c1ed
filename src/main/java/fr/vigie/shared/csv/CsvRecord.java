package fr.vigie.shared.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the line of the file where the record starts (1 is the header); a quoted
 * value may span several lines
 * @param values the raw values, in column order
 */
public record CsvRecord(int line, List<String> values) {

	public CsvRecord {
		values = List.copyOf(values);
	}

	/**
	 * The value of column {@code index}, or an empty string past the end of a short row.
	 */
	public String value(int index) {
		return (index < this.values.size()) ? this.values.get(index) : "";
	}

	boolean isBlank() {
		return this.values.stream().allMatch(String::isBlank);
	}

}
