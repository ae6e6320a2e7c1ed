package fr.vigie.shared.csv;

import java.util.List;

/**
 * A CSV file as read: its header, its records and what was detected about it.
 *
 * @param separator the separator found in the header line
 * @param encoding {@code "UTF-8"} or {@code "windows-1252"} (the file was not valid
 * UTF-8)
 * @param header the column names of the first record, trimmed
 * @param records the records after the header, blank ones left out
 */
public record CsvTable(char separator, String encoding, List<String> header, List<CsvRecord> records) {

	public CsvTable {
		header = List.copyOf(header);
		records = List.copyOf(records);
	}

}
