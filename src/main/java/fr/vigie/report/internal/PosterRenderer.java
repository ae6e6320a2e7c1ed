package fr.vigie.report.internal;

import java.util.List;
import java.util.stream.Collectors;

import fr.vigie.report.PosterModel;
import fr.vigie.report.PosterModel.KeyIndicator;
import fr.vigie.report.SiteReportModel.ChannelCount;
import fr.vigie.scoring.Verdict;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The results poster for a reception area: one page, large type, plain words. A3 is the
 * A4 layout scaled by √2, so both read the same from a distance proportional to their
 * size.
 */
final class PosterRenderer {

	private PosterRenderer() {
	}

	static byte[] render(PosterModel model, boolean a3, ReportFonts fonts, byte[] documentId) {
		float s = a3 ? (float) Math.sqrt(2) : 1f;
		Rectangle page = a3 ? PageSize.A3 : PageSize.A4;
		String periodLabel = Formats.period(model.period());
		PdfAWriter pdf = new PdfAWriter(fonts, page, 36 * s,
				"Nos résultats qualité – " + model.siteName() + " – " + periodLabel,
				"Affiche de résultats " + (a3 ? "A3" : "A4") + " – " + model.organisationName(),
				"Vigie, affiche, résultats, " + model.period().code(), model.generatedAt(), documentId,
				"Vigie · Affiche de résultats · " + model.siteName() + " · " + periodLabel);
		Blocks blocks = new Blocks(fonts, pdf);

		PdfPTable band = new PdfPTable(1);
		band.setWidthPercentage(100);
		PdfPCell bandCell = new PdfPCell(
				new Phrase(Blocks.fr("Nos résultats qualité"), fonts.bold(30 * s, Palette.WHITE)));
		bandCell.setBackgroundColor(Palette.PRIMARY);
		bandCell.setBorder(Rectangle.NO_BORDER);
		bandCell.setPadding(14 * s);
		bandCell.setPaddingBottom(18 * s);
		bandCell.setHorizontalAlignment(Element.ALIGN_CENTER);
		band.addCell(bandCell);
		pdf.add(band);

		Paragraph site = new Paragraph(30 * s, Blocks.fr(model.siteName()), fonts.bold(24 * s, Palette.TEXT));
		site.setAlignment(Element.ALIGN_CENTER);
		site.setSpacingBefore(14 * s);
		pdf.add(site);
		Paragraph when = new Paragraph(20 * s, Blocks.fr("Résultats du " + periodLabel),
				fonts.regular(15 * s, Palette.MUTED));
		when.setAlignment(Element.ALIGN_CENTER);
		pdf.add(when);

		PdfPTable markBox = new PdfPTable(1);
		markBox.setWidthPercentage(80);
		markBox.setSpacingBefore(16 * s);
		markBox.setSpacingAfter(10 * s);
		PdfPCell markCell = new PdfPCell();
		markCell.setBorderColor(Palette.of(model.verdict()));
		markCell.setBorderWidth(3 * s);
		markCell.setPadding(12 * s);
		markCell.setPaddingBottom(18 * s);
		if (model.overall() != null) {
			Paragraph mark = new Paragraph(80 * s, Blocks.fr(Formats.mark(model.overall().mark())),
					fonts.bold(72 * s, Palette.of(model.verdict())));
			mark.add(new Phrase(" / 10", fonts.bold(30 * s, Palette.MUTED)));
			mark.setAlignment(Element.ALIGN_CENTER);
			markCell.addElement(mark);
			Paragraph meaning = new Paragraph(20 * s, Blocks.fr("Note de qualité de service"),
					fonts.regular(15 * s, Palette.TEXT));
			meaning.setAlignment(Element.ALIGN_CENTER);
			meaning.setSpacingBefore(10 * s);
			markCell.addElement(meaning);
		}
		Paragraph verdict = new Paragraph(24 * s, Blocks.fr(plainVerdict(model)),
				fonts.bold(17 * s, Palette.of(model.verdict())));
		verdict.setAlignment(Element.ALIGN_CENTER);
		verdict.setSpacingBefore(6 * s);
		markCell.addElement(verdict);
		markBox.addCell(markCell);
		pdf.add(markBox);

		if (!model.indicators().isEmpty()) {
			PdfPTable indicators = new PdfPTable(new float[] { 30, 70 });
			indicators.setWidthPercentage(100);
			indicators.setSpacingBefore(6 * s);
			for (KeyIndicator indicator : model.indicators()) {
				PdfPCell value = new PdfPCell(
						new Phrase(Blocks.fr(indicator.value()), fonts.bold(30 * s, Palette.PRIMARY)));
				value.setBorder(Rectangle.BOTTOM);
				value.setBorderColor(Palette.RULE);
				value.setHorizontalAlignment(Element.ALIGN_RIGHT);
				value.setVerticalAlignment(Element.ALIGN_MIDDLE);
				value.setPadding(8 * s);
				value.setPaddingRight(14 * s);
				indicators.addCell(value);
				PdfPCell label = new PdfPCell(
						new Phrase(19 * s, Blocks.fr(indicator.label()), fonts.regular(15 * s, Palette.TEXT)));
				label.setBorder(Rectangle.BOTTOM);
				label.setBorderColor(Palette.RULE);
				label.setVerticalAlignment(Element.ALIGN_MIDDLE);
				label.setPadding(8 * s);
				indicators.addCell(label);
			}
			pdf.add(indicators);
		}

		if (!model.improvements().isEmpty()) {
			Paragraph heading = new Paragraph(22 * s, Blocks.fr("Ce que nous améliorons"),
					fonts.bold(17 * s, Palette.PRIMARY));
			heading.setSpacingBefore(14 * s);
			heading.setSpacingAfter(4 * s);
			pdf.add(heading);
			for (String improvement : model.improvements()) {
				Paragraph line = new Paragraph(19 * s, Blocks.fr("•  " + improvement), fonts.regular(14 * s));
				line.setIndentationLeft(8 * s);
				line.setSpacingAfter(3 * s);
				pdf.add(line);
			}
		}

		Paragraph how = new Paragraph(14 * s, Blocks.fr(howMeasured(model)), fonts.regular(10.5f * s, Palette.MUTED));
		how.setSpacingBefore(16 * s);
		pdf.add(how);
		Paragraph voice = new Paragraph(16 * s, Blocks.fr("Votre avis nous aide à progresser : parlez-en à l'accueil."),
				fonts.bold(12 * s, Palette.TEXT));
		voice.setSpacingBefore(6 * s);
		pdf.add(voice);
		return pdf.finish();
	}

	private static String plainVerdict(PosterModel model) {
		String threshold = Formats.limit(model.threshold());
		return switch (model.verdict()) {
			case EXCELLENT -> "Excellent : nous dépassons largement notre objectif de " + threshold + ".";
			case MET -> "Objectif atteint : nous respectons notre objectif de " + threshold + ".";
			case NOT_MET -> "Objectif pas encore atteint (" + threshold + ") : nous agissons pour progresser.";
			case INSUFFICIENT_SAMPLE -> "Résultat indicatif : trop peu de tests pour conclure.";
			case NO_DATA -> "Pas de résultat mesuré pour cette période.";
		};
	}

	private static String howMeasured(PosterModel model) {
		if (model.verdict() == Verdict.NO_DATA || model.testsPerChannel().isEmpty()) {
			return "Nos résultats sont mesurés par des tests mystère inopinés, selon le référentiel "
					+ model.referentialName() + ".";
		}
		List<ChannelCount> counts = model.testsPerChannel();
		String detail = counts.stream()
			.filter((count) -> count.tests() > 0)
			.map((count) -> count.tests() + " " + Formats.channel(count.channel()).toLowerCase())
			.collect(Collectors.joining(", "));
		int total = counts.stream().mapToInt(ChannelCount::tests).sum();
		return "Comment ces résultats sont-ils mesurés ? Par " + total + " tests mystère inopinés (" + detail
				+ ") réalisés " + Formats.periodSpan(model.period()) + " selon le référentiel "
				+ model.referentialName() + ". Un test évalue le service rendu, jamais une personne.";
	}

}
