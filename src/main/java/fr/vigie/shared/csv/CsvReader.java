package fr.vigie.shared.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.vigie.shared.UserFacingException;

/**
 * Reads CSV files as RFC 4180 describes them, with the tolerances French spreadsheets
 * need: a UTF-8 byte-order mark is skipped, a file that is not valid UTF-8 is read as
 * Windows-1252 (what Excel writes for "CSV (séparateur : point-virgule)"), the separator
 * is ";" or "," (whichever the header line uses more), LF or CRLF ends a record, and
 * blank records are skipped. A value that {@link CsvWriter} protected against formula
 * injection gets its leading apostrophe back off.
 */
public final class CsvReader {

	/** Beyond this many records a file is refused rather than slowly previewed. */
	public static final int MAX_RECORDS = 20_000;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvReader() {
	}

	/**
	 * Reads a whole file.
	 * @throws UserFacingException {@code csv.empty}, {@code csv.unclosedQuote} (line),
	 * {@code csv.textAfterQuote} (line) or {@code csv.tooManyRecords} (limit)
	 */
	public static CsvTable read(byte[] content) {
		Decoded decoded = decode(content);
		String text = decoded.text();
		if (text.isBlank()) {
			throw new UserFacingException("csv.empty");
		}
		char separator = detectSeparator(text);
		List<CsvRecord> records = new Parser(text, separator).parse();
		if (records.isEmpty() || records.get(0).isBlank()) {
			throw new UserFacingException("csv.empty");
		}
		if (records.size() - 1 > MAX_RECORDS) {
			throw new UserFacingException("csv.tooManyRecords", MAX_RECORDS);
		}
		List<String> header = records.get(0).values().stream().map(String::trim).toList();
		return new CsvTable(separator, decoded.encoding(), header, records.subList(1, records.size()));
	}

	private static Decoded decode(byte[] content) {
		int offset = startsWithBom(content) ? UTF8_BOM.length : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
			return new Decoded(text, "UTF-8");
		}
		catch (CharacterCodingException ex) {
			Charset windows = Charset.forName("windows-1252");
			return new Decoded(new String(content, offset, content.length - offset, windows), "windows-1252");
		}
	}

	private static boolean startsWithBom(byte[] content) {
		return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
				&& content[2] == UTF8_BOM[2];
	}

	/** Counts separators on the first record only, outside quotes. */
	static char detectSeparator(String text) {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
		}
		return (commas > semicolons) ? ',' : ';';
	}

	static String unguard(String value) {
		if (value.length() > 1 && value.charAt(0) == '\'' && CsvWriter.isFormulaTrigger(value.charAt(1))) {
			return value.substring(1);
		}
		return value;
	}

	private record Decoded(String text, String encoding) {

	}

	private static final class Parser {

		private final String text;

		private final char separator;

		private int position;

		private int line = 1;

		Parser(String text, char separator) {
			this.text = text;
			this.separator = separator;
		}

		List<CsvRecord> parse() {
			List<CsvRecord> records = new ArrayList<>();
			while (this.position < this.text.length()) {
				int startLine = this.line;
				CsvRecord record = new CsvRecord(startLine, readRecord());
				if (!record.isBlank() || records.isEmpty()) {
					records.add(record);
				}
				if (records.size() > MAX_RECORDS + 1) {
					throw new UserFacingException("csv.tooManyRecords", MAX_RECORDS);
				}
			}
			return records;
		}

		private List<String> readRecord() {
			List<String> values = new ArrayList<>();
			while (true) {
				values.add(unguard(readValue()));
				if (this.position >= this.text.length()) {
					return values;
				}
				char c = this.text.charAt(this.position);
				if (c == this.separator) {
					this.position++;
					continue;
				}
				skipLineEnd();
				return values;
			}
		}

		private String readValue() {
			if (this.position < this.text.length() && this.text.charAt(this.position) == '"') {
				return readQuotedValue();
			}
			int start = this.position;
			while (this.position < this.text.length()) {
				char c = this.text.charAt(this.position);
				if (c == this.separator || c == '\n' || c == '\r') {
					break;
				}
				this.position++;
			}
			return this.text.substring(start, this.position);
		}

		private String readQuotedValue() {
			int openingLine = this.line;
			StringBuilder value = new StringBuilder();
			this.position++;
			while (true) {
				if (this.position >= this.text.length()) {
					throw new UserFacingException("csv.unclosedQuote", openingLine);
				}
				char c = this.text.charAt(this.position);
				if (c == '"') {
					if (this.position + 1 < this.text.length() && this.text.charAt(this.position + 1) == '"') {
						value.append('"');
						this.position += 2;
						continue;
					}
					this.position++;
					break;
				}
				if (c == '\r' || c == '\n') {
					value.append('\n');
					skipLineEnd();
					continue;
				}
				value.append(c);
				this.position++;
			}
			if (this.position < this.text.length()) {
				char next = this.text.charAt(this.position);
				if (next != this.separator && next != '\n' && next != '\r') {
					throw new UserFacingException("csv.textAfterQuote", this.line);
				}
			}
			return value.toString();
		}

		private void skipLineEnd() {
			if (this.text.charAt(this.position) == '\r') {
				this.position++;
				if (this.position < this.text.length() && this.text.charAt(this.position) == '\n') {
					this.position++;
				}
			}
			else {
				this.position++;
			}
			this.line++;
		}

	}

}
