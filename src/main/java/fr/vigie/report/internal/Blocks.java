package fr.vigie.report.internal;

import java.awt.Color;

import fr.vigie.report.SiteReportModel.ActionStatus;
import fr.vigie.report.SiteReportModel.FindingGrade;
import fr.vigie.scoring.Verdict;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The building blocks every report uses (headings, paragraphs, tables that split across
 * pages with repeated headers, verdict labels), all in the embedded fonts and with French
 * spacing applied to every text.
 */
final class Blocks {

	static final float BODY = 10f;

	final ReportFonts fonts;

	private final PdfAWriter pdf;

	Blocks(ReportFonts fonts, PdfAWriter pdf) {
		this.fonts = fonts;
		this.pdf = pdf;
	}

	static String fr(String text) {
		return FrenchTypography.apply((text == null) ? "" : text);
	}

	Paragraph kicker(String text) {
		Paragraph paragraph = new Paragraph(fr(text), this.fonts.bold(10, Palette.PRIMARY));
		paragraph.setSpacingAfter(6);
		return paragraph;
	}

	Paragraph title(String text, float size) {
		Paragraph paragraph = new Paragraph(size * 1.2f, fr(text), this.fonts.bold(size, Palette.TEXT));
		paragraph.setSpacingAfter(6);
		return paragraph;
	}

	/**
	 * A section heading; starts a new page when less than {@code keepWith} points remain,
	 * so a heading never sits alone at the bottom of a page.
	 */
	void heading(String text, float keepWith) {
		ensureSpace(keepWith + 40);
		Paragraph paragraph = new Paragraph(18, fr(text), this.fonts.bold(14, Palette.PRIMARY));
		paragraph.setSpacingBefore(14);
		paragraph.setSpacingAfter(6);
		this.pdf.add(paragraph);
	}

	void subheading(String text) {
		ensureSpace(60);
		Paragraph paragraph = new Paragraph(fr(text), this.fonts.bold(11, Palette.TEXT));
		paragraph.setSpacingBefore(8);
		paragraph.setSpacingAfter(4);
		this.pdf.add(paragraph);
	}

	void ensureSpace(float points) {
		float remaining = this.pdf.writer().getVerticalPosition(true) - this.pdf.document().bottom();
		if (remaining < points) {
			this.pdf.newPage();
		}
	}

	Paragraph text(String text) {
		return text(text, BODY, Palette.TEXT);
	}

	Paragraph text(String text, float size, Color color) {
		Paragraph paragraph = new Paragraph(size * 1.35f, fr(text), this.fonts.regular(size, color));
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

	Paragraph muted(String text) {
		Paragraph paragraph = new Paragraph(12, fr(text), this.fonts.italic(9, Palette.MUTED));
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

	List bullets(java.util.List<String> items) {
		List list = new List(false, 12);
		list.setListSymbol(new org.openpdf.text.Chunk("•", this.fonts.regular(BODY)));
		for (String item : items) {
			ListItem entry = new ListItem(13, fr(item), this.fonts.regular(BODY));
			list.add(entry);
		}
		return list;
	}

	/**
	 * A full-width table whose first row is a header repeated on every page. A row that
	 * does not fit moves to the next page whole; a row taller than a page (a very long
	 * comment) is split across pages, never cut.
	 */
	PdfPTable table(float[] widths, String... headers) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		table.setSplitLate(true);
		table.setSplitRows(true);
		table.setHeaderRows(1);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(fr(header), this.fonts.bold(9, Palette.PRIMARY)));
			cell.setBackgroundColor(Palette.HEADER_BACKGROUND);
			cell.setBorderColor(Palette.RULE);
			cell.setPadding(4);
			cell.setPaddingBottom(5);
			table.addCell(cell);
		}
		return table;
	}

	PdfPCell cell(String text) {
		return cell(text, this.fonts.regular(9));
	}

	PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(12, fr(text), font));
		cell.setBorderColor(Palette.RULE);
		cell.setPadding(4);
		cell.setPaddingBottom(5);
		cell.setUseAscender(true);
		return cell;
	}

	PdfPCell number(String text) {
		PdfPCell cell = cell(text);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	PdfPCell verdictCell(Verdict verdict) {
		PdfPCell cell = cell(verdictShort(verdict), this.fonts.bold(9, Palette.of(verdict)));
		return cell;
	}

	/** A table cell with no border, for label/value layouts. */
	/** An empty cell for several paragraphs (composite mode), aligned like text cells. */
	PdfPCell composite() {
		PdfPCell cell = new PdfPCell();
		cell.setBorderColor(Palette.RULE);
		cell.setPadding(4);
		cell.setPaddingBottom(5);
		cell.setUseAscender(true);
		return cell;
	}

	PdfPCell plain(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(font.getSize() * 1.3f, fr(text), font));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(2);
		cell.setPaddingBottom(4);
		return cell;
	}

	static String verdictShort(Verdict verdict) {
		return switch (verdict) {
			case EXCELLENT -> "Excellence";
			case MET -> "Seuil atteint";
			case NOT_MET -> "Sous le seuil";
			case INSUFFICIENT_SAMPLE -> "Échantillon insuffisant";
			case NO_DATA -> "Aucune donnée";
		};
	}

	static String verdictHeadline(Verdict verdict) {
		return switch (verdict) {
			case EXCELLENT -> "Niveau d'excellence atteint";
			case MET -> "Seuil d'exigence atteint";
			case NOT_MET -> "Seuil d'exigence non atteint";
			case INSUFFICIENT_SAMPLE -> "Échantillon insuffisant pour conclure";
			case NO_DATA -> "Aucune donnée pour cette période";
		};
	}

	static String grade(FindingGrade grade) {
		return switch (grade) {
			case MAJOR_NONCONFORMITY -> "Non-conformité majeure";
			case MINOR_NONCONFORMITY -> "Non-conformité mineure";
			case OBSERVATION -> "Observation";
			case IMPROVEMENT_OPPORTUNITY -> "Piste de progrès";
		};
	}

	static Color gradeColor(FindingGrade grade) {
		return switch (grade) {
			case MAJOR_NONCONFORMITY -> Palette.RED;
			case MINOR_NONCONFORMITY -> Palette.ORANGE;
			case OBSERVATION, IMPROVEMENT_OPPORTUNITY -> Palette.TEXT;
		};
	}

	static String status(ActionStatus status) {
		return switch (status) {
			case PLANNED -> "Prévue";
			case IN_PROGRESS -> "En cours";
			case DONE -> "Réalisée";
			case CANCELLED -> "Abandonnée";
		};
	}

}
