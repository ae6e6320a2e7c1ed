package fr.vigie.shared.csv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV the way French spreadsheets open it without a wizard: UTF-8 with a
 * byte-order mark, ";" between values, CRLF between records, quotes only where needed. A
 * text value starting with {@code = + - @} gets a leading apostrophe so a spreadsheet
 * shows it instead of running it as a formula (OWASP "CSV injection"); plain numbers such
 * as a negative longitude are left alone, and {@link CsvReader} removes the apostrophe
 * again.
 */
public final class CsvWriter {

	private final char separator;

	private final StringBuilder text = new StringBuilder();

	public CsvWriter() {
		this(';');
	}

	public CsvWriter(char separator) {
		this.separator = separator;
	}

	public CsvWriter row(List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.text.append(this.separator);
			}
			this.text.append(escape((values.get(i) != null) ? values.get(i) : ""));
		}
		this.text.append("\r\n");
		return this;
	}

	public byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		out.writeBytes(this.text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private String escape(String value) {
		String safe = guard(value);
		if (safe.indexOf(this.separator) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	private static String guard(String value) {
		if (!value.isEmpty() && isFormulaTrigger(value.charAt(0)) && !value.matches("[-+]?\\d+([.,]\\d+)?")) {
			return "'" + value;
		}
		return value;
	}

	static boolean isFormulaTrigger(char c) {
		return c == '=' || c == '+' || c == '-' || c == '@';
	}

}
