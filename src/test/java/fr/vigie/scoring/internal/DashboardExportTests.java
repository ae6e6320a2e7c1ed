package fr.vigie.scoring.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import fr.vigie.scoring.ChannelResult;
import fr.vigie.scoring.Dashboard;
import fr.vigie.scoring.EngagementResult;
import fr.vigie.scoring.Heatmap;
import fr.vigie.scoring.ItemConformity;
import fr.vigie.scoring.LabelEstimate;
import fr.vigie.scoring.ScoreQuery;
import fr.vigie.scoring.SiteResult;
import fr.vigie.scoring.Tally;
import fr.vigie.scoring.Thresholds;
import fr.vigie.scoring.Verdict;
import fr.vigie.scoring.WaveResult;
import fr.vigie.shared.Channel;
import fr.vigie.shared.csv.CsvReader;
import fr.vigie.shared.csv.CsvTable;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardExportTests {

	private final DashboardExport export = new DashboardExport();

	@Test
	void csvHoldsTheLeagueTableWithOneColumnPerEngagementAndReadsBack() {
		CsvTable table = CsvReader.read(this.export.csv(dashboard()));
		assertThat(table.header()).startsWith("Rang", "Site", "Identifiant", "Note /10")
			.endsWith("Engagement 1", "Engagement 2");
		assertThat(table.records()).hasSize(2);
		assertThat(table.records().get(0).values()).startsWith("1", "Mairie = annexe", "S-1", "8,5")
			.endsWith("9,0", "");
		assertThat(table.records().get(1).values()).startsWith("", "Médiathèque", "S-2", "", "", "0");
	}

	@Test
	void xlsxHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(this.export.xlsx(dashboard())))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			Sheet sites = workbook.getSheet("Sites");
			assertThat(sites.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Mairie = annexe");
			assertThat(sites.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(8.5);
			assertThat(sites.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2);
			assertThat(workbook.getSheet("Tendance").getRow(1).getCell(0).getStringCellValue()).isEqualTo("T4 2025");
			assertThat(workbook.getSheet("Points de contrôle").getRow(1).getCell(5).getNumericCellValue())
				.isEqualTo(75.0);
		}
	}

	private static Dashboard dashboard() {
		Tally site = new Tally(1.7, 2, 0);
		Thresholds thresholds = Thresholds.DEFAULT;
		EngagementResult first = new EngagementResult("e1", "1", "Accueil", new Tally(0.9, 1, 0).mark(), Verdict.MET);
		Heatmap heatmap = new Heatmap(
				List.of(new Heatmap.EngagementRef("e1", "1", "Accueil"),
						new Heatmap.EngagementRef("e2", "2", "Délais")),
				List.of(new Heatmap.Row("S-1", "Mairie = annexe", Arrays.asList(first, null))));
		return new Dashboard(new ScoreQuery("ref@1", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)), thresholds,
				site.mark(),
				List.of(new SiteResult(1, "S-1", "Mairie = annexe", site.mark(), Verdict.INSUFFICIENT_SAMPLE,
						LabelEstimate.NONE),
						new SiteResult(null, "S-2", "Médiathèque", null, Verdict.NO_DATA, LabelEstimate.NONE)),
				List.of(new ChannelResult(Channel.PHONE, site.mark(), Verdict.INSUFFICIENT_SAMPLE)), List.of(first),
				List.of(new WaveResult("2025-Q4", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), site.mark(), 0,
						0)),
				heatmap, List.of(new ItemConformity("i1", "1.1", "Badge", "1", 3, 4)));
	}

}
