package fr.vigie.report.internal;

import fr.vigie.scoring.Verdict;
import java.util.ArrayList;
import java.util.List;

import fr.vigie.report.NetworkReportModel;
import fr.vigie.report.NetworkReportModel.ItemResult;
import fr.vigie.report.NetworkReportModel.MarkBucket;
import fr.vigie.report.NetworkReportModel.NetworkTrendPoint;
import fr.vigie.report.NetworkReportModel.RankedSite;
import fr.vigie.report.Score;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Lays out a network report: key figures, ranking of sites, distribution of marks, best
 * and worst criteria, sites below the threshold and the trend over waves.
 */
final class NetworkReportRenderer {

	private static final float MARGIN = 42;

	private final NetworkReportModel model;

	private final PdfAWriter pdf;

	private final Blocks blocks;

	private final ReportFonts fonts;

	private NetworkReportRenderer(NetworkReportModel model, ReportFonts fonts, byte[] documentId) {
		this.model = model;
		this.fonts = fonts;
		String periodLabel = Formats.period(model.period());
		this.pdf = new PdfAWriter(fonts, PageSize.A4, MARGIN,
				"Rapport réseau – " + model.organisationName() + " – " + periodLabel,
				model.scopeLabel() + " – " + model.referentialName() + " " + model.referentialVersion(),
				"Vigie, rapport réseau, " + model.period().code(), model.generatedAt(), documentId,
				"Vigie · Rapport réseau · " + model.scopeLabel() + " · " + periodLabel);
		this.blocks = new Blocks(fonts, this.pdf);
	}

	static byte[] render(NetworkReportModel model, ReportFonts fonts, byte[] documentId) {
		return new NetworkReportRenderer(model, fonts, documentId).render();
	}

	private byte[] render() {
		cover();
		this.pdf.newPage();
		if (this.model.ranking().isEmpty() || !this.model.hasData()) {
			this.blocks.heading("Aucune donnée pour cette période", 60);
			this.pdf.add(this.blocks.text("Aucun test mystère n'a été validé " + Formats.periodSpan(this.model.period())
					+ " sur les sites de ce périmètre : aucun résultat ne peut être calculé pour cette période."));
		}
		else {
			ranking();
			distribution();
			items();
			belowThreshold();
		}
		trend();
		return this.pdf.finish();
	}

	private void cover() {
		this.pdf.add(this.blocks.kicker("VIGIE · RAPPORT RÉSEAU"));
		this.pdf.add(this.blocks.title(this.model.organisationName(), 24));
		this.pdf.add(this.blocks.text(this.model.scopeLabel(), 12, Palette.TEXT));
		PdfPTable facts = new PdfPTable(new float[] { 28, 72 });
		facts.setWidthPercentage(100);
		facts.setSpacingBefore(16);
		fact(facts, "Période",
				Formats.period(this.model.period()) + " (" + Formats.periodSpan(this.model.period()) + ")");
		fact(facts, "Référentiel", this.model.referentialName() + " – version " + this.model.referentialVersion());
		fact(facts, "Données arrêtées le", Formats.dateTime(this.model.generatedAt()));
		fact(facts, "Sites", Formats.count(this.model.ranking().size()));
		fact(facts, "Tests pris en compte",
				Formats.count((this.model.overall() != null) ? this.model.overall().tests() : 0));
		this.pdf.add(facts);

		PdfPTable box = new PdfPTable(1);
		box.setWidthPercentage(100);
		box.setSpacingBefore(18);
		PdfPCell cell = new PdfPCell();
		cell.setBorderColor(Palette.PRIMARY);
		cell.setBorderWidth(2f);
		cell.setPadding(14);
		cell.setPaddingBottom(16);
		Score overall = this.model.overall();
		if (overall == null) {
			cell.addElement(new Paragraph(22, Blocks.fr("Aucune donnée pour cette période"),
					this.fonts.bold(18, Palette.GREY)));
		}
		else {
			long judged = this.model.ranking().stream().filter((site) -> site.verdict().judged()).count();
			long met = this.model.sitesMeetingThreshold();
			Paragraph mark = new Paragraph(40, Blocks.fr(Formats.mark(overall.mark())),
					this.fonts.bold(36, Palette.TEXT));
			mark.add(new Phrase(" / 10", this.fonts.bold(16, Palette.MUTED)));
			mark.setSpacingAfter(8);
			cell.addElement(mark);
			cell.addElement(this.blocks.text(
					"Note du réseau sur " + Formats.count(overall.tests())
							+ " tests mystère. Intervalle de confiance à 95 % : " + Formats.interval(overall) + ".",
					10, Palette.TEXT));
			cell.addElement(new Paragraph(18,
					Blocks.fr(met + " site" + ((met > 1) ? "s" : "") + " sur " + judged + " évalué"
							+ ((judged > 1) ? "s" : "") + " au niveau du seuil d'exigence ("
							+ Formats.percent((judged == 0) ? 0 : 100.0 * met / judged) + ")."),
					this.fonts.bold(12, Palette.PRIMARY)));
		}
		cell.addElement(this.blocks.text("Seuil d'exigence : " + Formats.limit(this.model.threshold())
				+ " · excellence à partir de " + Formats.limit(this.model.excellence()) + ".", 9, Palette.MUTED));
		box.addCell(cell);
		this.pdf.add(box);
		if (overall != null) {
			summary();
		}
	}

	private void summary() {
		List<RankedSite> ranked = this.model.ranking().stream().filter((site) -> site.rank() != null).toList();
		List<String> lines = new ArrayList<>();
		if (!ranked.isEmpty()) {
			RankedSite best = ranked.get(0);
			RankedSite worst = ranked.get(ranked.size() - 1);
			lines.add("Meilleure note : " + best.siteName() + " (" + Formats.mark(best.score().mark()) + ").");
			if (ranked.size() > 1) {
				lines
					.add("Note la plus basse : " + worst.siteName() + " (" + Formats.mark(worst.score().mark()) + ").");
			}
		}
		lines.add("Sites sous le seuil d'exigence : " + this.model.sitesBelowThreshold().size() + ".");
		long insufficient = this.model.ranking()
			.stream()
			.filter((site) -> site.verdict() == fr.vigie.scoring.Verdict.INSUFFICIENT_SAMPLE)
			.count();
		long untested = this.model.ranking()
			.stream()
			.filter((site) -> site.verdict() == fr.vigie.scoring.Verdict.NO_DATA)
			.count();
		lines.add("Sites à l'échantillon insuffisant : " + insufficient + " ; sites sans test validé : " + untested
				+ ".");
		if (!this.model.worstItems().isEmpty()) {
			ItemResult weakest = this.model.worstItems().get(0);
			lines.add("Critère le moins respecté : " + weakest.criterion() + " ("
					+ Formats.percent(weakest.conformityPercent()) + ").");
		}
		this.blocks.subheading("En bref");
		this.pdf.add(this.blocks.bullets(lines));
	}

	private void fact(PdfPTable facts, String label, String value) {
		facts.addCell(this.blocks.plain(label, this.fonts.bold(10, Palette.MUTED)));
		facts.addCell(this.blocks.plain(value, this.fonts.regular(10)));
	}

	private void ranking() {
		this.blocks.heading("1. Classement des sites", 80);
		PdfPTable table = this.blocks.table(new float[] { 7, 45, 11, 8, 14, 15 }, "Rang", "Site", "Note /10", "Tests",
				"IC 95 %", "Verdict");
		for (RankedSite site : this.model.ranking()) {
			table.addCell(this.blocks.number((site.rank() != null) ? site.rank().toString() : "—"));
			table.addCell(this.blocks.cell(site.siteName()));
			Score score = site.score();
			table.addCell(this.blocks.number((score != null) ? Formats.mark(score.mark()) : "—"));
			table.addCell(this.blocks.number((score != null) ? Formats.count(score.tests()) : "0"));
			table.addCell(this.blocks.number((score != null) ? Formats.interval(score) : "—"));
			table.addCell(this.blocks.verdictCell(site.verdict()));
		}
		this.pdf.add(table);
	}

	private void distribution() {
		this.blocks.heading("2. Répartition des notes", 200);
		List<Charts.Bar> bars = new ArrayList<>();
		for (MarkBucket bucket : this.model.distribution()) {
			bars.add(new Charts.Bar(
					Formats.mark(bucket.from()).replace(",0", "") + "–" + Formats.mark(bucket.to()).replace(",0", ""),
					bucket.sites(), bucket.from() >= this.model.threshold()));
		}
		if (bars.isEmpty()) {
			this.pdf.add(this.blocks.text("—"));
			return;
		}
		float width = this.pdf.document().right() - this.pdf.document().left();
		this.pdf.add(Charts.histogram(this.pdf.writer(), this.fonts, width, 170, bars));
		this.pdf.add(this.blocks.muted("Nombre de sites par tranche de note sur 10. En vert, les tranches au "
				+ "niveau du seuil d'exigence ou au-dessus ; en rouge, en dessous."));
	}

	private void items() {
		this.blocks.heading("3. Points forts et points faibles", 100);
		this.blocks.subheading("Critères les mieux respectés");
		itemTable(this.model.bestItems());
		this.blocks.subheading("Critères les moins respectés");
		itemTable(this.model.worstItems());
	}

	private void itemTable(List<ItemResult> items) {
		if (items.isEmpty()) {
			this.pdf.add(this.blocks.text("—"));
			return;
		}
		PdfPTable table = this.blocks.table(new float[] { 13, 57, 15, 15 }, "Engagement", "Critère", "Conformité",
				"Tests");
		for (ItemResult item : items) {
			table.addCell(this.blocks.cell((item.engagementCode() != null) ? item.engagementCode() : "—"));
			table.addCell(this.blocks.cell(item.criterion()));
			table.addCell(this.blocks.number(Formats.percent(item.conformityPercent())));
			table.addCell(this.blocks.number(Formats.count(item.tests())));
		}
		this.pdf.add(table);
	}

	private void belowThreshold() {
		this.blocks.heading("4. Sites sous le seuil d'exigence", 80);
		List<RankedSite> below = this.model.sitesBelowThreshold();
		if (below.isEmpty()) {
			this.pdf.add(this.blocks.text("Aucun site évalué n'est sous le seuil d'exigence sur la période."));
			return;
		}
		this.pdf.add(this.blocks.text(below.size() + " site" + ((below.size() > 1) ? "s sont" : " est")
				+ " sous le seuil de " + Formats.limit(this.model.threshold())
				+ ". Les constats et les actions correctives de chaque site figurent dans son rapport de "
				+ "conformité."));
		PdfPTable table = this.blocks.table(new float[] { 60, 20, 20 }, "Site", "Note /10", "Tests");
		for (RankedSite site : below) {
			table.addCell(this.blocks.cell(site.siteName()));
			table.addCell(this.blocks.number(Formats.mark(site.score().mark())));
			table.addCell(this.blocks.number(Formats.count(site.score().tests())));
		}
		this.pdf.add(table);
	}

	private void trend() {
		this.blocks.heading("5. Évolution sur les vagues", 210);
		if (this.model.trend().isEmpty()) {
			this.pdf.add(this.blocks.text("Pas encore de vague précédente à comparer."));
			return;
		}
		List<Charts.Point> points = new ArrayList<>();
		for (NetworkTrendPoint point : this.model.trend()) {
			points.add(new Charts.Point(point.label(), (point.score() != null) ? point.score().mark() : null,
					(point.score() != null) ? Formats.percent(point.shareMetPercent()) + " au seuil" : null));
		}
		float width = this.pdf.document().right() - this.pdf.document().left();
		this.pdf.add(Charts.markTrend(this.pdf.writer(), this.fonts, width, 190, points, this.model.threshold(),
				this.model.excellence()));
		PdfPTable table = this.blocks.table(new float[] { 34, 22, 22, 22 }, "Vague", "Note /10", "Sites au seuil",
				"Tests");
		for (NetworkTrendPoint point : this.model.trend()) {
			table.addCell(this.blocks.cell(point.label()));
			table.addCell(this.blocks.number((point.score() != null) ? Formats.mark(point.score().mark()) : "—"));
			table.addCell(this.blocks.number((point.score() != null) ? Formats.percent(point.shareMetPercent()) : "—"));
			table.addCell(this.blocks.number((point.score() != null) ? Formats.count(point.score().tests()) : "0"));
		}
		this.pdf.add(table);
	}

}
