package fr.vigie.report.internal;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.vigie.report.AuditorCode;
import fr.vigie.report.Score;
import fr.vigie.report.SiteReportModel;
import fr.vigie.report.SiteReportModel.ChannelCount;
import fr.vigie.report.SiteReportModel.ChannelResult;
import fr.vigie.report.SiteReportModel.CorrectiveAction;
import fr.vigie.report.SiteReportModel.EngagementResult;
import fr.vigie.report.SiteReportModel.Evidence;
import fr.vigie.report.SiteReportModel.Finding;
import fr.vigie.report.SiteReportModel.FindingGrade;
import fr.vigie.report.SiteReportModel.TrendPoint;
import fr.vigie.scoring.Verdict;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Lays out a site compliance report: cover with the verdict, results per engagement and
 * per channel against the threshold, trend chart, findings with their evidence,
 * corrective actions, methodology annex.
 */
final class SiteReportRenderer {

	private static final float MARGIN = 42;

	private static final int THUMBNAILS_PER_FINDING = 3;

	private final SiteReportModel model;

	private final PdfAWriter pdf;

	private final Blocks blocks;

	private final ReportFonts fonts;

	/** One embedded picture per distinct evidence, however many findings show it. */
	private final Map<ByteBuffer, Image> thumbnails = new HashMap<>();

	private SiteReportRenderer(SiteReportModel model, ReportFonts fonts, byte[] documentId) {
		this.model = model;
		this.fonts = fonts;
		String periodLabel = Formats.period(model.period());
		this.pdf = new PdfAWriter(fonts, PageSize.A4, MARGIN,
				"Rapport de conformité – " + model.siteName() + " – " + periodLabel,
				model.referentialName() + " " + model.referentialVersion() + " – " + model.organisationName(),
				"Vigie, rapport de conformité, " + model.siteId() + ", " + model.period().code(), model.generatedAt(),
				documentId, "Vigie · Rapport de conformité · " + model.siteName() + " · " + periodLabel);
		this.blocks = new Blocks(fonts, this.pdf);
	}

	static byte[] render(SiteReportModel model, ReportFonts fonts, byte[] documentId) {
		return new SiteReportRenderer(model, fonts, documentId).render();
	}

	private byte[] render() {
		cover();
		this.pdf.newPage();
		if (this.model.hasData()) {
			engagements();
			channels();
			trend();
			findings();
			actions();
		}
		else {
			this.blocks.heading("Aucune donnée pour cette période", 60);
			this.pdf.add(this.blocks
				.text("Aucun test mystère n'a été validé pour ce site " + Formats.periodSpan(this.model.period())
						+ " : aucun résultat ne peut être calculé ni publié pour cette période. "
						+ "Les tests en cours de saisie ou de relecture ne sont pas pris en compte."));
			if (this.model.trend().stream().anyMatch((point) -> point.score() != null)) {
				trend();
			}
		}
		methodology();
		return this.pdf.finish();
	}

	private void cover() {
		this.pdf.add(this.blocks.kicker("VIGIE · RAPPORT DE CONFORMITÉ"));
		this.pdf.add(this.blocks.title(this.model.siteName(), 24));
		if (this.model.siteAddress() != null && !this.model.siteAddress().isBlank()) {
			this.pdf.add(this.blocks.text(this.model.siteAddress(), 11, Palette.MUTED));
		}
		this.pdf.add(this.blocks.text(this.model.organisationName(), 12, Palette.TEXT));

		PdfPTable facts = new PdfPTable(new float[] { 28, 72 });
		facts.setWidthPercentage(100);
		facts.setSpacingBefore(16);
		fact(facts, "Période",
				Formats.period(this.model.period()) + " (" + Formats.periodSpan(this.model.period()) + ")");
		fact(facts, "Référentiel", this.model.referentialName() + " – version " + this.model.referentialVersion());
		fact(facts, "Données arrêtées le", Formats.dateTime(this.model.generatedAt()));
		fact(facts, "Tests pris en compte",
				Formats.count(this.model.testCount()) + " test" + ((this.model.testCount() > 1) ? "s" : "")
						+ " mystère validé" + ((this.model.testCount() > 1) ? "s" : ""));
		this.pdf.add(facts);

		this.pdf.add(verdictBox());
		if (this.model.hasData()) {
			summary();
		}
		this.pdf.add(this.blocks.muted("Un test mystère évalue un service, jamais une personne : ce rapport ne "
				+ "contient aucun nom d'agent ni d'enquêteur."));
	}

	private void fact(PdfPTable facts, String label, String value) {
		facts.addCell(this.blocks.plain(label, this.fonts.bold(10, Palette.MUTED)));
		facts.addCell(this.blocks.plain(value, this.fonts.regular(10)));
	}

	private PdfPTable verdictBox() {
		Verdict verdict = this.model.verdict();
		PdfPTable box = new PdfPTable(1);
		box.setWidthPercentage(100);
		box.setSpacingBefore(18);
		box.setSpacingAfter(14);
		PdfPCell cell = new PdfPCell();
		cell.setBorderColor(Palette.of(verdict));
		cell.setBorderWidth(2f);
		cell.setPadding(14);
		cell.setPaddingBottom(16);
		Paragraph headline = new Paragraph(22, Blocks.fr(Blocks.verdictHeadline(verdict)),
				this.fonts.bold(18, Palette.of(verdict)));
		cell.addElement(headline);
		Score overall = this.model.overall();
		if (overall != null) {
			Paragraph mark = new Paragraph(40, Blocks.fr(Formats.mark(overall.mark())),
					this.fonts.bold(36, Palette.TEXT));
			mark.add(new Phrase(" / 10", this.fonts.bold(16, Palette.MUTED)));
			mark.setSpacingBefore(4);
			mark.setSpacingAfter(8);
			cell.addElement(mark);
			cell.addElement(this.blocks.text(
					"Note globale sur " + Formats.count(overall.tests())
							+ " tests mystère. Intervalle de confiance à 95 % : " + Formats.interval(overall) + ".",
					10, Palette.TEXT));
		}
		else {
			cell.addElement(this.blocks.text("Aucun test mystère validé " + Formats.periodSpan(this.model.period())
					+ " : pas de note pour cette période.", 11, Palette.TEXT));
		}
		if (verdict == Verdict.INSUFFICIENT_SAMPLE) {
			cell.addElement(this.blocks.text("Moins de " + this.model.methodology().minimumSample()
					+ " tests : la note est indicative et ne permet pas de conclure.", 10, Palette.ORANGE));
		}
		cell.addElement(this.blocks.text("Seuil d'exigence : " + Formats.limit(this.model.threshold())
				+ " · excellence à partir de " + Formats.limit(this.model.excellence()) + ".", 9, Palette.MUTED));
		box.addCell(cell);
		return box;
	}

	private void summary() {
		long met = this.model.engagements()
			.stream()
			.filter((row) -> row.verdict() == Verdict.MET || row.verdict() == Verdict.EXCELLENT)
			.count();
		long judged = this.model.engagements().stream().filter((row) -> row.verdict().judged()).count();
		Map<FindingGrade, Long> grades = this.model.findings()
			.stream()
			.collect(Collectors.groupingBy(Finding::grade, () -> new EnumMap<>(FindingGrade.class),
					Collectors.counting()));
		LocalDate day = this.model.generatedAt().atZone(Formats.PARIS).toLocalDate();
		long overdue = this.model.actions().stream().filter((action) -> action.overdueOn(day)).count();
		List<String> lines = new ArrayList<>();
		lines.add("Engagements au niveau du seuil : " + met + " sur " + judged + " évalués.");
		lines.add("Constats : " + grades.getOrDefault(FindingGrade.MAJOR_NONCONFORMITY, 0L)
				+ " non-conformité(s) majeure(s), " + grades.getOrDefault(FindingGrade.MINOR_NONCONFORMITY, 0L)
				+ " mineure(s), " + grades.getOrDefault(FindingGrade.OBSERVATION, 0L) + " observation(s), "
				+ grades.getOrDefault(FindingGrade.IMPROVEMENT_OPPORTUNITY, 0L) + " piste(s) de progrès.");
		lines.add("Actions correctives : " + this.model.actions().size()
				+ ((overdue > 0) ? " dont " + overdue + " en retard." : "."));
		this.blocks.subheading("En bref");
		this.pdf.add(this.blocks.bullets(lines));
	}

	private void engagements() {
		this.blocks.heading("1. Résultats par engagement", 80);
		if (this.model.engagements().isEmpty()) {
			this.pdf.add(this.blocks.text("Aucun engagement évalué sur la période."));
			return;
		}
		PdfPTable table = this.blocks.table(new float[] { 7, 45, 11, 8, 14, 15 }, "N°", "Engagement", "Note /10",
				"Tests", "IC 95 %", "Seuil");
		for (EngagementResult row : this.model.engagements()) {
			table.addCell(this.blocks.cell(row.code(), this.fonts.bold(9, Palette.TEXT)));
			table.addCell(row.blockingItemFailed() ? blockingCell(row.title()) : this.blocks.cell(row.title()));
			scoreCells(table, row.score());
			table.addCell(this.blocks.verdictCell(row.verdict()));
		}
		this.pdf.add(table);
		this.pdf.add(this.blocks.muted("Un engagement dont un élément bloquant n'est pas conforme est sous le seuil "
				+ "quelle que soit sa note. IC 95 % : intervalle de confiance de Wilson, ramené sur 10."));
	}

	private PdfPCell blockingCell(String title) {
		PdfPCell cell = this.blocks.composite();
		Paragraph text = new Paragraph(12, Blocks.fr(title), this.fonts.regular(9));
		cell.addElement(text);
		cell.addElement(new Paragraph(12, Blocks.fr("Élément bloquant non conforme"), this.fonts.bold(8, Palette.RED)));
		return cell;
	}

	private void scoreCells(PdfPTable table, Score score) {
		if (score == null) {
			table.addCell(this.blocks.number("—"));
			table.addCell(this.blocks.number("0"));
			table.addCell(this.blocks.number("—"));
			return;
		}
		table.addCell(this.blocks.number(Formats.mark(score.mark())));
		table.addCell(this.blocks.number(Formats.count(score.tests())));
		table.addCell(this.blocks.number(Formats.interval(score)));
	}

	private void channels() {
		this.blocks.heading("2. Résultats par canal", 80);
		if (this.model.channels().isEmpty()) {
			this.pdf.add(this.blocks.text("Aucun canal évalué sur la période."));
			return;
		}
		PdfPTable table = this.blocks.table(new float[] { 52, 11, 8, 14, 15 }, "Canal", "Note /10", "Tests", "IC 95 %",
				"Seuil");
		for (ChannelResult row : this.model.channels()) {
			table.addCell(this.blocks.cell(Formats.channel(row.channel())));
			scoreCells(table, row.score());
			table.addCell(this.blocks.verdictCell(row.verdict()));
		}
		this.pdf.add(table);
	}

	private void trend() {
		this.blocks.heading("3. Évolution sur les vagues", 210);
		List<Charts.Point> points = new ArrayList<>();
		for (TrendPoint point : this.model.trend()) {
			Score score = point.score();
			points.add(new Charts.Point(point.label(), (score != null) ? score.mark() : null,
					(score != null) ? "n = " + score.tests() : null));
		}
		if (points.isEmpty()) {
			this.pdf.add(this.blocks.text("Pas encore de vague précédente à comparer."));
			return;
		}
		float width = this.pdf.document().right() - this.pdf.document().left();
		this.pdf.add(Charts.markTrend(this.pdf.writer(), this.fonts, width, 190, points, this.model.threshold(),
				this.model.excellence()));
		this.pdf.add(this.blocks.muted("Note globale du site à chaque vague (sur 10), avec le nombre de tests "
				+ "(n). Ligne rouge : seuil d'exigence ; ligne verte : excellence."));
	}

	private void findings() {
		this.blocks.heading("4. Constats", 90);
		if (this.model.findings().isEmpty()) {
			this.pdf.add(this.blocks.text("Aucun écart constaté sur la période."));
			return;
		}
		PdfPTable table = this.blocks.table(new float[] { 9, 15, 48, 28 }, "Réf.", "Gravité", "Constat", "Preuves");
		for (Finding finding : this.model.findings()) {
			table.addCell(this.blocks.cell(finding.reference(), this.fonts.bold(9, Palette.TEXT)));
			table.addCell(this.blocks.cell(Blocks.grade(finding.grade()),
					this.fonts.bold(9, Blocks.gradeColor(finding.grade()))));
			PdfPCell text = this.blocks.composite();
			String where = ((finding.engagementCode() != null) ? "Engagement " + finding.engagementCode() + " · " : "")
					+ Formats.channel(finding.channel()) + " · " + Formats.shortDate(finding.observedOn());
			text.addElement(new Paragraph(12, Blocks.fr(finding.criterion()), this.fonts.bold(9, Palette.TEXT)));
			text.addElement(new Paragraph(11, Blocks.fr(where), this.fonts.regular(8, Palette.MUTED)));
			if (!finding.description().isBlank()) {
				Paragraph description = new Paragraph(12, Blocks.fr(finding.description()), this.fonts.regular(9));
				description.setSpacingBefore(2);
				text.addElement(description);
			}
			table.addCell(text);
			table.addCell(evidenceCell(finding.evidence()));
		}
		this.pdf.add(table);
	}

	private PdfPCell evidenceCell(List<Evidence> evidence) {
		PdfPCell cell = this.blocks.composite();
		if (evidence.isEmpty()) {
			cell.addElement(new Paragraph(12, "—", this.fonts.regular(9, Palette.MUTED)));
			return cell;
		}
		for (Evidence item : evidence.subList(0, Math.min(THUMBNAILS_PER_FINDING, evidence.size()))) {
			Image thumbnail = this.thumbnails.computeIfAbsent(ByteBuffer.wrap(item.image()),
					(key) -> Thumbnails.thumbnail(item.image()));
			if (thumbnail == null) {
				cell.addElement(new Paragraph(11, Blocks.fr("Image illisible"), this.fonts.italic(8, Palette.MUTED)));
			}
			else {
				Image copy = Image.getInstance(thumbnail);
				copy.scaleToFit(120, 64);
				copy.setAlignment(Element.ALIGN_LEFT);
				cell.addElement(copy);
			}
			if (!item.caption().isBlank()) {
				cell.addElement(new Paragraph(10, Blocks.fr(item.caption()), this.fonts.regular(7.5f, Palette.MUTED)));
			}
		}
		if (evidence.size() > THUMBNAILS_PER_FINDING) {
			int more = evidence.size() - THUMBNAILS_PER_FINDING;
			cell.addElement(new Paragraph(11, Blocks.fr("+ " + more + " autre" + ((more > 1) ? "s" : "") + " pièce"
					+ ((more > 1) ? "s" : "") + " dans Vigie"), this.fonts.italic(8, Palette.MUTED)));
		}
		return cell;
	}

	private void actions() {
		this.blocks.heading("5. Actions correctives", 80);
		if (this.model.actions().isEmpty()) {
			this.pdf.add(this.blocks.text("Aucune action corrective engagée pour cette période."));
			return;
		}
		LocalDate day = this.model.generatedAt().atZone(Formats.PARIS).toLocalDate();
		PdfPTable table = this.blocks.table(new float[] { 9, 43, 20, 13, 15 }, "Réf.", "Action", "Responsable",
				"Échéance", "Statut");
		for (CorrectiveAction action : this.model.actions()) {
			table.addCell(this.blocks.cell(action.reference(), this.fonts.bold(9, Palette.TEXT)));
			PdfPCell title = this.blocks.composite();
			title.addElement(new Paragraph(12, Blocks.fr(action.title()), this.fonts.regular(9)));
			if (!action.findingReferences().isEmpty()) {
				title.addElement(
						new Paragraph(11, Blocks.fr("Constats : " + String.join(", ", action.findingReferences())),
								this.fonts.regular(8, Palette.MUTED)));
			}
			table.addCell(title);
			table.addCell(this.blocks.cell((action.ownerUnit() != null) ? action.ownerUnit() : "—"));
			table.addCell(this.blocks.cell(Formats.shortDate(action.dueOn())));
			if (action.overdueOn(day)) {
				table.addCell(this.blocks.cell("En retard (" + Blocks.status(action.status()).toLowerCase() + ")",
						this.fonts.bold(9, Palette.RED)));
			}
			else if (action.closedOn() != null) {
				table.addCell(this.blocks
					.cell(Blocks.status(action.status()) + " le " + Formats.shortDate(action.closedOn())));
			}
			else {
				table.addCell(this.blocks.cell(Blocks.status(action.status())));
			}
		}
		this.pdf.add(table);
	}

	private void methodology() {
		this.pdf.newPage();
		this.pdf.add(this.blocks.kicker("ANNEXE"));
		this.blocks.heading("Méthodologie", 120);
		SiteReportModel.Methodology method = this.model.methodology();
		this.pdf.add(this.blocks.text("Les résultats reposent sur des tests mystère inopinés : un enquêteur formé "
				+ "se présente comme un usager ordinaire, sur un canal donné, puis remplit la grille du référentiel "
				+ this.model.referentialName() + " (version " + this.model.referentialVersion()
				+ "). Seuls les tests validés après relecture sont comptés."));
		this.blocks.subheading("Tests par canal");
		if (method.testsPerChannel().isEmpty()) {
			this.pdf.add(this.blocks.text("Aucun test validé sur la période."));
		}
		else {
			PdfPTable table = this.blocks.table(new float[] { 70, 30 }, "Canal", "Tests validés");
			for (ChannelCount count : method.testsPerChannel()) {
				table.addCell(this.blocks.cell(Formats.channel(count.channel())));
				table.addCell(this.blocks.number(Formats.count(count.tests())));
			}
			table.addCell(this.blocks.cell("Total", this.fonts.bold(9, Palette.TEXT)));
			table.addCell(this.blocks.number(Formats.count(method.totalTests())));
			this.pdf.add(table);
		}
		this.blocks.subheading("Dates");
		this.pdf.add(this.blocks.text((method.firstTest() != null)
				? "Tests réalisés du " + Formats.date(method.firstTest()) + " au " + Formats.date(method.lastTest())
						+ ", sur la période " + Formats.periodSpan(this.model.period()) + "."
				: "Période couverte : " + Formats.periodSpan(this.model.period()) + "."));
		this.blocks.subheading("Scénarios");
		if (method.scenarios().isEmpty()) {
			this.pdf.add(this.blocks.text("—"));
		}
		else {
			this.pdf.add(this.blocks.bullets(method.scenarios()));
		}
		this.blocks.subheading("Enquêteurs");
		this.pdf.add(this.blocks.text(method.auditorCodes().isEmpty() ? "—"
				: "Codes des enquêteurs : "
						+ method.auditorCodes().stream().map(AuditorCode::value).collect(Collectors.joining(", "))
						+ ". Les enquêteurs ne sont désignés que par un code."));
		this.blocks.subheading("Calcul des notes");
		this.pdf.add(this.blocks.bullets(List.of(
				"Chaque élément de la grille est conforme ou non conforme ; les éléments « non applicable » et "
						+ "« impossible à vérifier » sortent du numérateur et du dénominateur.",
				"La conformité pondérée est exprimée en pourcentage puis en note sur 10.",
				"Un élément bloquant non conforme met son engagement sous le seuil, quelle que soit la moyenne.",
				"Seuil d'exigence : " + Formats.limit(this.model.threshold()) + " ; excellence à partir de "
						+ Formats.limit(this.model.excellence()) + ".",
				"En dessous de " + method.minimumSample() + " tests, le verdict est « échantillon insuffisant ».",
				"L'intervalle de confiance à 95 % (méthode de Wilson) indique la précision de la note : plus il y "
						+ "a de tests, plus il est étroit.")));
		this.blocks.subheading("Protection des personnes");
		this.pdf.add(this.blocks.text("Un test évalue un service, jamais une personne. Aucun nom d'agent, aucune "
				+ "description physique et aucun enregistrement ne figurent dans ce rapport ; les enquêteurs sont "
				+ "désignés par un code."));
		this.pdf.add(new Paragraph(4, " ", this.fonts.regular(4)));
		PdfPTable end = new PdfPTable(1);
		end.setWidthPercentage(100);
		PdfPCell rule = new PdfPCell();
		rule.setBorder(Rectangle.TOP);
		rule.setBorderColor(Palette.RULE);
		rule.addElement(new Paragraph(11,
				Blocks.fr("Rapport édité par Vigie. Son authenticité se vérifie dans "
						+ "Vigie, rubrique « Vérifier un rapport », en déposant ce fichier PDF."),
				this.fonts.regular(8, Palette.MUTED)));
		end.addCell(rule);
		this.pdf.add(end);
	}

}
