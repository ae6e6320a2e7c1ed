package fr.vigie.scoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import fr.vigie.scoring.ChannelResult;
import fr.vigie.scoring.Dashboard;
import fr.vigie.scoring.EngagementResult;
import fr.vigie.scoring.Heatmap;
import fr.vigie.scoring.ItemConformity;
import fr.vigie.scoring.Mark;
import fr.vigie.scoring.SiteResult;
import fr.vigie.scoring.WaveResult;
import fr.vigie.shared.csv.CsvWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * The figures behind the dashboard as files, with French headers like every Vigie export:
 * CSV holds the league table with one column per engagement; XLSX holds one sheet per
 * table (sites, channels, engagements, trend, items). Numbers stay numbers in XLSX and
 * use a decimal comma in CSV, as French spreadsheets expect.
 */
@Component
public class DashboardExport {

	private static final List<String> MARK_HEADERS = List.of("Note /10", "Conformité %", "Tests", "IC 95 % bas",
			"IC 95 % haut");

	public byte[] csv(Dashboard dashboard) {
		CsvWriter csv = new CsvWriter();
		List<String> header = new ArrayList<>(List.of("Rang", "Site", "Identifiant"));
		header.addAll(MARK_HEADERS);
		header.addAll(List.of("Verdict", "Label (estimation interne)"));
		dashboard.heatmap().engagements().forEach((engagement) -> header.add("Engagement " + engagement.code()));
		csv.row(header);
		for (SiteResult site : dashboard.sites()) {
			List<String> row = new ArrayList<>();
			row.add((site.rank() != null) ? site.rank().toString() : "");
			row.add(site.siteName());
			row.add(site.siteId());
			row.addAll(markTexts(site.mark()));
			row.add(site.verdict().name());
			row.add(site.label().name());
			Heatmap.Row cells = dashboard.heatmap()
				.rows()
				.stream()
				.filter((candidate) -> candidate.siteId().equals(site.siteId()))
				.findFirst()
				.orElse(null);
			for (int i = 0; i < dashboard.heatmap().engagements().size(); i++) {
				EngagementResult cell = (cells != null) ? cells.cells().get(i) : null;
				row.add((cell != null && cell.mark() != null) ? decimal(cell.mark().value()) : "");
			}
			csv.row(row);
		}
		return csv.toBytes();
	}

	public byte[] xlsx(Dashboard dashboard) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);

			Sheet sites = sheet(workbook, "Sites", bold, concat(List.of("Rang", "Site", "Identifiant"), MARK_HEADERS,
					List.of("Verdict", "Label (estimation interne)")));
			for (SiteResult site : dashboard.sites()) {
				Row row = sites.createRow(sites.getLastRowNum() + 1);
				if (site.rank() != null) {
					row.createCell(0).setCellValue(site.rank());
				}
				row.createCell(1).setCellValue(site.siteName());
				row.createCell(2).setCellValue(site.siteId());
				writeMark(row, 3, site.mark());
				row.createCell(8).setCellValue(site.verdict().name());
				row.createCell(9).setCellValue(site.label().name());
			}
			Sheet channels = sheet(workbook, "Canaux", bold,
					concat(List.of("Canal"), MARK_HEADERS, List.of("Verdict")));
			for (ChannelResult channel : dashboard.channels()) {
				Row row = channels.createRow(channels.getLastRowNum() + 1);
				row.createCell(0).setCellValue(channel.channel().code());
				writeMark(row, 1, channel.mark());
				row.createCell(6).setCellValue(channel.verdict().name());
			}
			Sheet engagements = sheet(workbook, "Engagements", bold, concat(List.of("Engagement", "Intitulé"),
					MARK_HEADERS, List.of("Verdict", "Point bloquant échoué")));
			for (EngagementResult engagement : dashboard.engagements()) {
				Row row = engagements.createRow(engagements.getLastRowNum() + 1);
				row.createCell(0).setCellValue(engagement.code());
				row.createCell(1).setCellValue(engagement.name());
				writeMark(row, 2, engagement.mark());
				row.createCell(7).setCellValue(engagement.verdict().name());
				row.createCell(8).setCellValue(engagement.mark() != null && engagement.mark().blockingFailed());
			}
			Sheet trend = sheet(workbook, "Tendance", bold,
					concat(List.of("Trimestre"), MARK_HEADERS, List.of("Sites jugés", "Sites au seuil", "% au seuil")));
			for (WaveResult wave : dashboard.trend()) {
				Row row = trend.createRow(trend.getLastRowNum() + 1);
				row.createCell(0).setCellValue(wave.label());
				writeMark(row, 1, wave.mark());
				row.createCell(6).setCellValue(wave.judgedSites());
				row.createCell(7).setCellValue(wave.passedSites());
				row.createCell(8).setCellValue(wave.passedPercent());
			}
			Sheet items = sheet(workbook, "Points de contrôle", bold, List.of("Point", "Engagement", "Intitulé",
					"Conformes", "Évalués", "Conformité %", "IC 95 % bas", "IC 95 % haut"));
			for (ItemConformity item : dashboard.items()) {
				Row row = items.createRow(items.getLastRowNum() + 1);
				row.createCell(0).setCellValue((item.refId() != null) ? item.refId() : "");
				row.createCell(1).setCellValue((item.engagementRef() != null) ? item.engagementRef() : "");
				row.createCell(2).setCellValue(item.name());
				row.createCell(3).setCellValue(item.compliant());
				row.createCell(4).setCellValue(item.assessed());
				row.createCell(5).setCellValue(item.percent());
				row.createCell(6).setCellValue(item.interval()[0]);
				row.createCell(7).setCellValue(item.interval()[1]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Sheet sheet(XSSFWorkbook workbook, String name, CellStyle bold, List<String> headers) {
		Sheet sheet = workbook.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			row.createCell(i).setCellValue(headers.get(i));
			row.getCell(i).setCellStyle(bold);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static void writeMark(Row row, int column, Mark mark) {
		if (mark == null) {
			return;
		}
		row.createCell(column).setCellValue(mark.value());
		row.createCell(column + 1).setCellValue(mark.percent());
		row.createCell(column + 2).setCellValue(mark.tests());
		row.createCell(column + 3).setCellValue(mark.lower());
		row.createCell(column + 4).setCellValue(mark.upper());
	}

	private static List<String> markTexts(Mark mark) {
		if (mark == null) {
			return List.of("", "", "0", "", "");
		}
		return List.of(decimal(mark.value()), decimal(mark.percent()), Integer.toString(mark.tests()),
				decimal(mark.lower()), decimal(mark.upper()));
	}

	private static String decimal(double value) {
		return Double.toString(value).replace('.', ',');
	}

	@SafeVarargs
	private static List<String> concat(List<String>... parts) {
		List<String> all = new ArrayList<>();
		for (List<String> part : parts) {
			all.addAll(part);
		}
		return all;
	}

}
