package fr.vigie.report;

import fr.vigie.scoring.Verdict;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import fr.vigie.report.NetworkReportModel.ItemResult;
import fr.vigie.report.NetworkReportModel.MarkBucket;
import fr.vigie.report.NetworkReportModel.NetworkTrendPoint;
import fr.vigie.report.NetworkReportModel.RankedSite;
import fr.vigie.report.PosterModel.KeyIndicator;
import fr.vigie.report.SiteReportModel.ActionStatus;
import fr.vigie.report.SiteReportModel.ChannelCount;
import fr.vigie.report.SiteReportModel.ChannelResult;
import fr.vigie.report.SiteReportModel.CorrectiveAction;
import fr.vigie.report.SiteReportModel.EngagementResult;
import fr.vigie.report.SiteReportModel.Evidence;
import fr.vigie.report.SiteReportModel.Finding;
import fr.vigie.report.SiteReportModel.FindingGrade;
import fr.vigie.report.SiteReportModel.Methodology;
import fr.vigie.report.SiteReportModel.TrendPoint;
import fr.vigie.shared.Channel;

/** Hand-written read models for renderer tests: typical, empty and extreme. */
public final class ReportModels {

	public static final Instant FROZEN = Instant.parse("2026-07-07T07:00:00Z");

	public static final ReportPeriod Q2 = ReportPeriod.quarter(2026, 2);

	/** Every French sign the reports must print. */
	public static final String FRENCH = "Été à l'accueil : « œuvre » et cœur, façade, 12 € ; déjà là ! Où ?";

	private ReportModels() {
	}

	public static SiteReportModel site() {
		return site(List.of(finding(1, "Les horaires affichés sur la porte ne correspondent pas au site internet.",
				List.of(new Evidence("Affichage à l'entrée", jpeg(Color.ORANGE)),
						new Evidence("Capture du site", pngWithAlpha())))),
				"Hôtel de ville de Valbourg");
	}

	public static SiteReportModel site(List<Finding> findings, String siteName) {
		return new SiteReportModel("Métropole de Valbourg", "VAL-HDV", siteName,
				"1 place de la République, 69001 Valbourg", Q2, "Services Publics+", "2023", FROZEN, Verdict.MET,
				new Score(7.8, 24, 7.1, 8.4), 7.0, 9.0,
				List.of(new EngagementResult("1",
						"Dans le respect mutuel, vous êtes accueillis avec bienveillance et avez le droit à l'erreur",
						new Score(8.2, 24, 7.6, 8.7), Verdict.MET, false),
						new EngagementResult("2", "Vous pouvez facilement entrer en contact avec vos services publics",
								new Score(7.4, 14, 6.5, 8.1), Verdict.NOT_MET, true),
						new EngagementResult("6", "Vous avez accès à nos résultats de qualité de service",
								new Score(6.0, 3, 2.9, 8.4), Verdict.INSUFFICIENT_SAMPLE, false),
						new EngagementResult("8", "Nous agissons de manière éco-responsable", null, Verdict.NO_DATA,
								false)),
				List.of(new ChannelResult(Channel.COUNTER, new Score(8.5, 4, 6.5, 9.5), Verdict.INSUFFICIENT_SAMPLE),
						new ChannelResult(Channel.PHONE, new Score(7.2, 10, 6.1, 8.0), Verdict.MET),
						new ChannelResult(Channel.EMAIL, new Score(9.3, 10, 8.6, 9.7), Verdict.EXCELLENT)),
				List.of(new TrendPoint("T2 2025", LocalDate.of(2025, 6, 30), new Score(6.5, 20, 5.6, 7.3)),
						new TrendPoint("T3 2025", LocalDate.of(2025, 9, 30), null),
						new TrendPoint("T4 2025", LocalDate.of(2025, 12, 31), new Score(7.1, 22, 6.3, 7.8)),
						new TrendPoint("T1 2026", LocalDate.of(2026, 3, 31), new Score(7.5, 23, 6.8, 8.1)),
						new TrendPoint("T2 2026", LocalDate.of(2026, 6, 30), new Score(7.8, 24, 7.1, 8.4))),
				findings,
				List.of(new CorrectiveAction("A-01", "Mettre à jour l'affichage des horaires", "Service accueil",
						LocalDate.of(2026, 6, 1), ActionStatus.IN_PROGRESS, null, List.of("C-001")),
						new CorrectiveAction("A-02", "Badges pour les agents d'accueil",
								"Direction des ressources " + "humaines", LocalDate.of(2026, 9, 30),
								ActionStatus.PLANNED, null, List.of()),
						new CorrectiveAction("A-03", "Réponse automatique au formulaire", "Direction du numérique",
								LocalDate.of(2026, 5, 15), ActionStatus.DONE, LocalDate.of(2026, 5, 10), List.of())),
				new Methodology(
						List.of(new ChannelCount(Channel.COUNTER, 4), new ChannelCount(Channel.PHONE, 10),
								new ChannelCount(Channel.EMAIL, 10)),
						LocalDate.of(2026, 4, 3), LocalDate.of(2026, 6, 26),
						List.of("Demande d'acte de naissance", FRENCH),
						List.of(new AuditorCode("ENQ-07"), new AuditorCode("ENQ-12")), 5));
	}

	public static Finding finding(int number, String description, List<Evidence> evidence) {
		return new Finding("C-%03d".formatted(number), FindingGrade.values()[number % 4], "2",
				"Horaires d'ouverture affichés à l'entrée", Channel.COUNTER, LocalDate.of(2026, 5, 12), description,
				evidence);
	}

	/** {@code count} findings, every tenth with a very long comment and a picture. */
	public static List<Finding> manyFindings(int count) {
		byte[] picture = jpeg(Color.GRAY);
		List<Finding> findings = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String description = (i % 10 == 0) ? longComment(i) : "Constat n° " + i + " : " + FRENCH;
			findings
				.add(finding(i, description, (i % 10 == 0) ? List.of(new Evidence("Photo " + i, picture)) : List.of()));
		}
		return findings;
	}

	/** About two pages of text in one comment. */
	public static String longComment(int seed) {
		StringBuilder text = new StringBuilder("Commentaire détaillé " + seed + ". ");
		for (int i = 0; i < 120; i++) {
			text.append("L'usager a attendu devant le guichet fermé ; aucune affiche n'indiquait la réouverture ! ");
		}
		return text.toString();
	}

	public static SiteReportModel noData() {
		return SiteReportModel.noData("Métropole de Valbourg", "VAL-MED-PD", "Médiathèque de la Part-Dieu", null, Q2,
				"Services Publics+", "2023", FROZEN, 7.0, 9.0, List.of(), 5);
	}

	public static NetworkReportModel network() {
		List<RankedSite> ranking = List.of(
				new RankedSite(1, "VAL-CCAS", "CCAS de Valbourg", new Score(9.1, 20, 8.4, 9.5), Verdict.EXCELLENT),
				new RankedSite(2, "VAL-HDV", "Hôtel de ville de Valbourg", new Score(7.8, 24, 7.1, 8.4), Verdict.MET),
				new RankedSite(3, "VAL-PREF", "Préfecture – accueil des étrangers", new Score(6.1, 18, 5.2, 6.9),
						Verdict.NOT_MET),
				new RankedSite(null, "VAL-MED-PD", "Médiathèque de la Part-Dieu", null, Verdict.NO_DATA));
		List<MarkBucket> buckets = new ArrayList<>();
		for (int band = 0; band < 10; band++) {
			buckets.add(new MarkBucket(band, band + 1, (band == 6 || band == 7 || band == 9) ? 1 : 0));
		}
		return new NetworkReportModel("Métropole de Valbourg", "Ensemble du réseau", Q2, "Services Publics+", "2023",
				FROZEN, 7.0, 9.0, new Score(7.7, 62, 7.3, 8.1), ranking, buckets,
				List.of(new ItemResult("1", "Agent courtois et disponible", 96, 60)),
				List.of(new ItemResult("4", "Réponse écrite sous cinq jours ouvrés", 41, 20)),
				List.of(new NetworkTrendPoint("T1 2026", LocalDate.of(2026, 3, 31), new Score(7.4, 60, 7.0, 7.8), 60),
						new NetworkTrendPoint("T2 2026", LocalDate.of(2026, 6, 30), new Score(7.7, 62, 7.3, 8.1),
								66.7)));
	}

	public static PosterModel poster() {
		return new PosterModel("Métropole de Valbourg", "Hôtel de ville de Valbourg", Q2, "Services Publics+", FROZEN,
				Verdict.MET, new Score(7.8, 24, 7.1, 8.4), 7.0,
				List.of(new KeyIndicator("85 %",
						"des points vérifiés lors de nos visites à l'accueil sont au rendez-vous"),
						new KeyIndicator("72 %", "des points vérifiés au téléphone sont respectés"),
						new KeyIndicator("93 %", "des points vérifiés sur nos réponses aux courriels sont respectés")),
				List.of("Mettre à jour l'affichage des horaires", "Badges pour les agents d'accueil"),
				List.of(new ChannelCount(Channel.COUNTER, 4), new ChannelCount(Channel.PHONE, 10),
						new ChannelCount(Channel.EMAIL, 10)));
	}

	public static byte[] jpeg(Color color) {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, 800, 600);
		graphics.setColor(Color.BLACK);
		graphics.fillOval(200, 100, 400, 400);
		graphics.dispose();
		return encode(image, "jpg");
	}

	/** A PNG with transparency, which PDF/A reports must flatten. */
	public static byte[] pngWithAlpha() {
		BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0, 0, 145, 128));
		graphics.fillRect(20, 20, 260, 160);
		graphics.dispose();
		return encode(image, "png");
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
