package fr.vigie.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.vigie.audit.AnswerDraft;
import fr.vigie.audit.AuditManagement;
import fr.vigie.audit.AuditTest;
import fr.vigie.audit.Checklist;
import fr.vigie.campaign.PublishedTests;
import fr.vigie.campaign.TestSlot;
import fr.vigie.identity.Role;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.Answer;
import fr.vigie.organisation.Site;
import fr.vigie.report.ReportVerification.Outcome;
import fr.vigie.report.internal.ReportRegister;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.support.SecurityContexts;
import fr.vigie.support.ValidatedTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issues, registers, verifies and batches reports through the module API, on the embedded
 * store, with figures from validated tests published as scoring receives them (demo
 * network of twelve sites).
 */
@SpringBootTest
class ReportManagementIntegrationTests {

	private static final ReportPeriod PERIOD = ReportPeriod.quarter(2025, 4);

	private static final String SP_PLUS = ValidatedTests.SP_PLUS_2023;

	/** Sites given validated tests in the period; the demo médiathèque stays untested. */
	private static final List<String> TESTED = List.of("VAL-HDV", "VAL-CCAS", "VAL-FS-RIL", "VAL-PREF");

	@Autowired
	ReportManagement reports;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditManagement audits;

	/**
	 * Validated tests of the fourth quarter of 2025, published as the audit module does.
	 * Their ids are fixed, so publishing them again (another test of the class) replaces
	 * them with the same figures.
	 */
	@BeforeEach
	void validatedTests() {
		ValidatedTests tests = new ValidatedTests(this.context);
		for (String site : TESTED) {
			for (int i = 0; i < 6; i++) {
				Channel channel = List.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL).get(i % 3);
				Map<String, Answer> failures = (i % 2 == 0) ? Map.of("1.1", Answer.NON_COMPLIANT, "1.3",
						Answer.NON_COMPLIANT, "2.1", Answer.NON_COMPLIANT, "3.1", Answer.NON_COMPLIANT) : Map.of();
				tests.publish(tests.result("report-fixture-" + site + "-" + i, "c", site, channel,
						LocalDate.of(2025, 10, 6).plusDays(i * 9L), 1, failures));
			}
		}
	}

	@Test
	void anIssuedReportIsRegisteredUnderTheFingerprintOfItsBytesAndVerifiesAsAuthentic() {
		IssuedReport issued = asQuality(() -> this.reports.issue(ReportRequest.site("VAL-HDV", PERIOD, SP_PLUS)));
		byte[] pdf = asQuality(() -> this.reports.content(issued.sha256()));
		assertThat(issued.sha256()).isEqualTo(ReportRegister.sha256(pdf));
		assertThat(issued.kind()).isEqualTo(ReportKind.SITE_COMPLIANCE);
		assertThat(issued.subject()).isEqualTo("Hôtel de ville de Valbourg");
		assertThat(issued.periodCode()).isEqualTo("2025-Q4");
		assertThat(issued.issuedBy()).isEqualTo("qualite");
		assertThat(issued.fileName()).isEqualTo("rapport-conformite_VAL-HDV_2025-Q4.pdf");
		assertThat(Pdfs.normalizedText(pdf)).contains("Hôtel de ville de Valbourg", "4e trimestre 2025",
				"Services Publics+ (2023) – version 1", "Méthodologie", "ENQ-001", "Demande d'acte de naissance");

		ReportVerification verification = asAuditor(() -> this.reports.verify(pdf));
		assertThat(verification.outcome()).isEqualTo(Outcome.AUTHENTIC);
		assertThat(verification.report()).isEqualTo(issued);
	}

	@Test
	void issuingTheSameReportAgainGivesTheSameBytesAndTheSameRegisterEntry() {
		IssuedReport first = asQuality(() -> this.reports.issue(ReportRequest.site("VAL-CCAS", PERIOD, SP_PLUS)));
		IssuedReport second = SecurityContexts.as("admin",
				() -> this.reports.issue(ReportRequest.site("VAL-CCAS", PERIOD, SP_PLUS)), Role.ADMIN);
		assertThat(second).isEqualTo(first);
		assertThat(second.issuedBy()).isEqualTo("qualite");
	}

	@Test
	void aModifiedCopyIsRecognisedAsAlteredAndPointsToTheOriginal() throws Exception {
		IssuedReport issued = asQuality(() -> this.reports.issue(ReportRequest.site("VAL-FS-RIL", PERIOD, SP_PLUS)));
		byte[] pdf = asQuality(() -> this.reports.content(issued.sha256()));

		byte[] flipped = pdf.clone();
		flipped[flipped.length / 2] ^= 0x01;
		ReportVerification oneByte = asAuditor(() -> this.reports.verify(flipped));
		assertThat(oneByte.outcome()).isEqualTo(Outcome.ALTERED);
		assertThat(oneByte.authentic()).isFalse();
		assertThat(oneByte.report()).isEqualTo(issued);

		ByteArrayOutputStream edited = new ByteArrayOutputStream();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfStamper stamper = new PdfStamper(reader, edited);
			Map<String, String> info = new HashMap<>(reader.getInfo());
			info.put("Title", "Rapport retouché");
			stamper.setInfoDictionary(info);
			stamper.close();
		}
		ReportVerification resaved = asAuditor(() -> this.reports.verify(edited.toByteArray()));
		assertThat(resaved.outcome()).isEqualTo(Outcome.ALTERED);
		assertThat(resaved.report().sha256()).isEqualTo(issued.sha256());
	}

	@Test
	void otherFilesAreNeverAuthenticAndSaySo() throws Exception {
		ByteArrayOutputStream other = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		PdfWriter.getInstance(document, other);
		document.open();
		document.add(new Paragraph("Un autre document"));
		document.close();
		assertThat(asAuditor(() -> this.reports.verify(other.toByteArray())).outcome()).isEqualTo(Outcome.NOT_VIGIE);
		assertThat(asAuditor(() -> this.reports.verify("GIF89a, pas un PDF".getBytes())).outcome())
			.isEqualTo(Outcome.NOT_PDF);
		assertThat(asAuditor(() -> this.reports.verify(new byte[0])).outcome()).isEqualTo(Outcome.NOT_PDF);
		byte[] unregistered = new fr.vigie.report.internal.PdfReports().siteReport(ReportModels.site()).pdf();
		assertThat(asAuditor(() -> this.reports.verify(unregistered)).outcome()).isEqualTo(Outcome.UNKNOWN);
		byte[] huge = new byte[ReportManagement.MAX_VERIFIED_BYTES + 1];
		assertThatThrownBy(() -> asAuditor(() -> this.reports.verify(huge))).isInstanceOfSatisfying(
				UserFacingException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("report.verify.tooLarge"));
	}

	@Test
	void aTestCapturedAndValidatedEndToEndReachesTheReportWithItsEvidencePicture() throws Exception {
		// A test is dated by its capture: today.
		LocalDate today = LocalDate.now();
		String campaignId = PublishedTests.campaign(this.context, "Vague du rapport", PublishedTests.MYSTERY_GRID,
				today.minusDays(7), today.plusDays(7));
		TestSlot slot = PublishedTests.publish(this.context, campaignId, "VAL-PREF", Channel.COUNTER, today,
				LocalTime.of(10, 0), "ENQ-001", "enqueteur", "Demande de titre de séjour");
		Checklist checklist = asAuditor(() -> this.audits.checklist(slot.id()));
		byte[] photo = png();
		for (ReferentialNode node : checklist.items()) {
			boolean signage = node.urn().endsWith(":visit.1");
			asAuditor(() -> this.audits.answer(slot.id(),
					new AnswerDraft(node.urn(), signage ? Answer.NON_COMPLIANT : Answer.COMPLIANT, null, null, null,
							null, null, null, null, signage ? "Horaires absents de la porte d'entrée" : "Conforme"),
					0));
			if (signage) {
				asAuditor(() -> this.audits.attach(slot.id(), node.urn(), "porte-entree.png", photo));
			}
		}
		asAuditor(() -> this.audits.submit(slot.id()));
		AuditTest submitted = asQuality(() -> this.audits.checklist(slot.id())).test();
		asQuality(() -> this.audits.validate(slot.id(), submitted.version()));

		IssuedReport issued = asQuality(() -> this.reports
			.issue(ReportRequest.site("VAL-PREF", ReportPeriod.quarterOf(today), PublishedTests.MYSTERY_GRID)));
		byte[] pdf = asQuality(() -> this.reports.content(issued.sha256()));
		assertThat(Pdfs.normalizedText(pdf)).contains("Horaires absents de la porte d'entrée", "porte-entree.png",
				"ENQ-001", "Demande de titre de séjour");
		assertThat(Pdfs.pdfA2bViolations(pdf)).isEmpty();
	}

	private static byte[] png() throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D graphics = image.createGraphics();
		graphics.setColor(new java.awt.Color(0, 0, 145));
		graphics.fillRect(40, 40, 240, 120);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void aSiteWithoutValidatedTestsGetsANoDataReport() {
		IssuedReport issued = asQuality(() -> this.reports.issue(ReportRequest.site("VAL-MED-PD", PERIOD, SP_PLUS)));
		byte[] pdf = asQuality(() -> this.reports.content(issued.sha256()));
		assertThat(Pdfs.normalizedText(pdf)).contains("Aucune donnée pour cette période");
		assertThat(Pdfs.pdfA2bViolations(pdf)).isEmpty();
	}

	@Test
	void directorsSeeOnlyTheSitesOfTheirScope() {
		List<String> north = SecurityContexts.as("directeur",
				() -> this.reports.reportableSites().stream().map((site) -> site.id()).toList(), Role.DIRECTOR);
		assertThat(north).contains("VAL-HDV", "VAL-PREF").doesNotContain("VAL-CCAS", "VAL-ANX-GERL");
		assertThat(SecurityContexts.as("directeur",
				() -> this.reports.issue(ReportRequest.site("VAL-HDV", PERIOD, SP_PLUS)), Role.DIRECTOR))
			.isNotNull();
		assertThatThrownBy(() -> SecurityContexts.as("directeur",
				() -> this.reports.issue(ReportRequest.site("VAL-CCAS", PERIOD, SP_PLUS)), Role.DIRECTOR))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("report.site.outOfScope"));
		assertThat(SecurityContexts.as("directeur.sans.perimetre", () -> this.reports.reportableSites(), Role.DIRECTOR))
			.isEmpty();

		IssuedReport solidarity = asQuality(
				() -> this.reports.issue(ReportRequest.site("VAL-CCAS", PERIOD, "urn:vigie:marianne-2008@1")));
		assertThatThrownBy(
				() -> SecurityContexts.as("directeur", () -> this.reports.content(solidarity.sha256()), Role.DIRECTOR))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("report.notFound"));
		assertThat(SecurityContexts.as("directeur", () -> this.reports.recentReports(), Role.DIRECTOR))
			.extracting(IssuedReport::siteId)
			.doesNotContain("VAL-CCAS");
	}

	@Test
	void auditorsCannotIssueNorListReports() {
		assertThatThrownBy(() -> asAuditor(() -> this.reports.issue(ReportRequest.site("VAL-HDV", PERIOD, SP_PLUS))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> asAuditor(() -> this.reports.recentReports()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> asAuditor(() -> this.reports.startBatch(PERIOD, SP_PLUS)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void badRequestsAreRefusedWithAMessage() {
		assertThatThrownBy(() -> asQuality(() -> this.reports.issue(ReportRequest.site("NOPE", PERIOD, SP_PLUS))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("report.site.outOfScope"));
		assertThatThrownBy(() -> asQuality(
				() -> this.reports.issue(ReportRequest.site("VAL-HDV", PERIOD, "urn:vigie:qualivilles@9"))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("report.referential.unknown"));
		assertThatThrownBy(() -> new ReportRequest(ReportKind.POSTER_A4, null, PERIOD, SP_PLUS)).isInstanceOfSatisfying(
				UserFacingException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("report.site.required"));
	}

	@Test
	void networkReportsAndPostersAreIssuedAndConform() {
		IssuedReport network = SecurityContexts.as("directeur",
				() -> this.reports.issue(new ReportRequest(ReportKind.NETWORK, null, PERIOD, SP_PLUS)), Role.DIRECTOR);
		assertThat(network.subject()).isEqualTo("Territoire Nord");
		byte[] networkPdf = SecurityContexts.as("directeur", () -> this.reports.content(network.sha256()),
				Role.DIRECTOR);
		assertThat(Pdfs.normalizedText(networkPdf)).contains("Territoire Nord", "Hôtel de ville de Valbourg")
			.doesNotContain("CCAS de Valbourg");
		IssuedReport poster = asQuality(
				() -> this.reports.issue(new ReportRequest(ReportKind.POSTER_A3, "VAL-HDV", PERIOD, SP_PLUS)));
		byte[] posterPdf = asQuality(() -> this.reports.content(poster.sha256()));
		assertThat(Pdfs.pages(posterPdf)).isEqualTo(1);
		assertThat(Pdfs.pdfA2bViolations(networkPdf)).isEmpty();
		assertThat(Pdfs.pdfA2bViolations(posterPdf)).isEmpty();
	}

	@Test
	void aBatchRendersEverySiteOfTheScopeWithProgressAndAZipOfFingerprintedReports() throws Exception {
		ReportBatch started = SecurityContexts.as("directeur", () -> this.reports.startBatch(PERIOD, SP_PLUS),
				Role.DIRECTOR);
		List<String> scope = SecurityContexts.as("directeur",
				() -> this.reports.reportableSites().stream().map((site) -> site.id()).toList(), Role.DIRECTOR);
		assertThat(started.total()).isEqualTo(scope.size());
		await().atMost(Duration.ofSeconds(60))
			.until(() -> SecurityContexts.as("directeur", () -> this.reports.batch(started.id()), Role.DIRECTOR)
				.finished());
		ReportBatch finished = SecurityContexts.as("directeur", () -> this.reports.batch(started.id()), Role.DIRECTOR);
		assertThat(finished.status()).isEqualTo(ReportBatch.Status.COMPLETED);
		assertThat(finished.done()).isEqualTo(scope.size());
		assertThat(finished.progress()).isEqualTo(1.0);
		assertThat(finished.reportIds()).hasSize(scope.size());

		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		SecurityContexts.as("directeur", () -> this.reports.writeBatchZip(started.id(), zip), Role.DIRECTOR);
		Map<String, byte[]> entries = unzip(zip.toByteArray());
		assertThat(entries).hasSize(scope.size() + 1).containsKey("empreintes.csv");
		String manifest = new String(entries.get("empreintes.csv"), java.nio.charset.StandardCharsets.UTF_8);
		for (String id : scope) {
			byte[] pdf = entries.get("rapport-conformite_" + id + "_2025-Q4.pdf");
			assertThat(pdf).as(id).isNotNull();
			assertThat(manifest).contains(ReportRegister.sha256(pdf) + ";" + id + ";2025-Q4");
			assertThat(asAuditor(() -> this.reports.verify(pdf)).outcome()).isEqualTo(Outcome.AUTHENTIC);
		}
		assertThatThrownBy(
				() -> SecurityContexts.as("responsable.site", () -> this.reports.batch(started.id()), Role.DIRECTOR))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("report.batch.notFound"));
		assertThat(asQuality(() -> this.reports.batches())).extracting(ReportBatch::id).contains(started.id());
	}

	@Test
	void batchesBeyondTheQueueAreRefusedWithAMessageInsteadOfPilingUp() {
		List<ReportBatch> accepted = new ArrayList<>();
		UserFacingException refused = null;
		for (int i = 0; i < 6 && refused == null; i++) {
			try {
				accepted.add(asQuality(() -> this.reports.startBatch(ReportPeriod.quarter(2025, 1), SP_PLUS)));
			}
			catch (UserFacingException ex) {
				refused = ex;
			}
		}
		assertThat(refused).isNotNull();
		assertThat(refused.messageKey()).isEqualTo("report.batch.busy");
		assertThat(accepted).hasSizeBetween(1, 3);
		await().atMost(Duration.ofSeconds(120))
			.until(() -> accepted.stream()
				.allMatch((batch) -> asQuality(() -> this.reports.batch(batch.id())).finished()));
		assertThat(asQuality(() -> this.reports.batches())).extracting(ReportBatch::id)
			.containsAll(accepted.stream().map(ReportBatch::id).toList());
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static <T> T asQuality(Supplier<T> action) {
		return SecurityContexts.as("qualite", action, Role.QUALITY_MANAGER);
	}

	private static <T> T asAuditor(Supplier<T> action) {
		return SecurityContexts.as("enqueteur", action, Role.AUDITOR);
	}

}
