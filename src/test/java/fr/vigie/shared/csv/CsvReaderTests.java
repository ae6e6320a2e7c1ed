package fr.vigie.shared.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.vigie.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTests {

	@Test
	void readsSemicolonSeparatedUtf8WithByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = "id;nom\r\nA;Hôtel de ville\r\nB;Médiathèque\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(body, 0, content, bom.length, body.length);
		CsvTable table = CsvReader.read(content);
		assertThat(table.separator()).isEqualTo(';');
		assertThat(table.encoding()).isEqualTo("UTF-8");
		assertThat(table.header()).containsExactly("id", "nom");
		assertThat(table.records()).extracting(CsvRecord::values)
			.containsExactly(List.of("A", "Hôtel de ville"), List.of("B", "Médiathèque"));
	}

	@Test
	void detectsCommaSeparatorAndReadsQuotedValuesAsRfc4180Says() {
		String text = "id,nom,adresse\n" + "A,\"Mairie, annexe\",\"12 \"\"bis\"\" rue\"\n" + "B,\"Deux\nlignes\",fin\n"
				+ "C,simple,\n";
		CsvTable table = CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
		assertThat(table.separator()).isEqualTo(',');
		assertThat(table.records()).extracting(CsvRecord::values)
			.containsExactly(List.of("A", "Mairie, annexe", "12 \"bis\" rue"), List.of("B", "Deux\nlignes", "fin"),
					List.of("C", "simple", ""));
	}

	@Test
	void eachRecordKnowsTheLineItStartsOn() {
		String text = "id;texte\nA;\"un\ndeux\ntrois\"\n\nB;x\n;\nC;y";
		CsvTable table = CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
		assertThat(table.records()).extracting(CsvRecord::line).containsExactly(2, 6, 8);
		assertThat(table.records().get(2).value(0)).isEqualTo("C");
		assertThat(table.records().get(2).value(5)).isEmpty();
	}

	@Test
	void readsWindows1252FilesFromExcel() {
		byte[] content = "id;nom\nA;Vénissieux".getBytes(Charset.forName("windows-1252"));
		CsvTable table = CsvReader.read(content);
		assertThat(table.encoding()).isEqualTo("windows-1252");
		assertThat(table.records().get(0).value(1)).isEqualTo("Vénissieux");
	}

	@Test
	void refusesAnUnclosedQuoteNamingTheLineWhereItOpens() {
		String text = "id;nom\nA;ok\nB;\"jamais fermé\nC;x\n";
		assertThatThrownBy(() -> CsvReader.read(text.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("csv.unclosedQuote");
				assertThat(ex.arguments()).containsExactly(3);
			});
	}

	@Test
	void refusesTextAfterAClosingQuote() {
		assertThatThrownBy(() -> CsvReader.read("id;nom\nA;\"x\"y\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("csv.textAfterQuote");
				assertThat(ex.arguments()).containsExactly(2);
			});
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> CsvReader.read(new byte[0])).isInstanceOfSatisfying(UserFacingException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("csv.empty"));
		assertThatThrownBy(() -> CsvReader.read(" \n\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UserFacingException.class);
	}

	@Test
	void writtenFilesReadBackIdenticallyIncludingFormulaGuards() {
		List<String> header = List.of("a", "b", "c", "d");
		List<String> row = List.of("=SUM(A1)", "-4.8357", "texte; avec \"guillemets\"", "ligne\nsuivante");
		byte[] content = new CsvWriter().row(header).row(row).toBytes();
		String written = new String(content, StandardCharsets.UTF_8);
		assertThat(written).startsWith("\uFEFFa;b;c;d\r\n").contains("'=SUM(A1);-4.8357;");
		CsvTable table = CsvReader.read(content);
		assertThat(table.header()).isEqualTo(header);
		assertThat(table.records().get(0).values()).isEqualTo(row);
	}

}
