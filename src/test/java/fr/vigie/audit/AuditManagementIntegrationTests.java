package fr.vigie.audit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.PublishedTests;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.identity.Role;
import fr.vigie.notification.NotificationManagement;
import fr.vigie.referential.Answer;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.support.PhonePhotos;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static fr.vigie.support.SecurityContexts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Capture, evidence, review and corrections on the embedded store, over the wire. */
@SpringBootTest
@RecordApplicationEvents
class AuditManagementIntegrationTests {

	@Autowired
	AuditManagement audits;

	@Autowired
	CampaignManagement campaigns;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Test
	void anAuditorFillsAVisitAndAQualityManagerValidatesIt() throws Exception {
		TestSlot slot = publishedVisit("enqueteur", "ENQ-001");
		Checklist checklist = asAuditor(() -> this.audits.checklist(slot.id()));
		assertThat(checklist.items()).isNotEmpty()
			.allSatisfy((node) -> assertThat(node.item().appliesTo(Channel.COUNTER)).isTrue());
		assertThat(checklist.test().scenario()).isEqualTo("Demande d'acte de naissance");
		assertThat(checklist.referential().id().value()).isEqualTo(PublishedTests.MYSTERY_GRID);

		answerEverything(slot.id(), checklist);
		Instant arrival = Instant.parse("2026-03-10T09:02:00Z");
		CapturedAnswer waiting = asAuditor(() -> this.audits.answer(slot.id(),
				new AnswerDraft(urnOf(checklist, "visit.5"), null, null, null, null, null, arrival,
						arrival.plusSeconds(18 * 60), null, "Attente au guichet principal"),
				revisionOf(slot.id(), "visit.5")));
		assertThat(waiting.measured()).isEqualByComparingTo("18");
		assertThat(waiting.answer()).isEqualTo(Answer.NON_COMPLIANT);

		byte[] photo = png(3000, 2000);
		CapturedAnswer withPhoto = asAuditor(
				() -> this.audits.attach(slot.id(), urnOf(checklist, "visit.1"), "signalétique.png", photo));
		EvidenceFile stored = asAuditor(() -> this.audits.evidence(withPhoto.evidenceIds().get(0))).orElseThrow();
		BufferedImage reduced = ImageIO.read(new ByteArrayInputStream(stored.content()));
		assertThat(Math.max(reduced.getWidth(), reduced.getHeight())).isEqualTo(1600);
		assertThat(stored.sha256()).isEqualTo(sha256(stored.content()));
		// A portrait taken with a phone: stored 400 × 300 and tagged "turn a quarter".
		byte[] portrait = PhonePhotos.withExif(jpeg(400, 300), true, 6);
		CapturedAnswer withPortrait = asAuditor(
				() -> this.audits.attach(slot.id(), urnOf(checklist, "visit.1"), "portrait.jpg", portrait));
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(
				asAuditor(() -> this.audits.evidence(withPortrait.evidenceIds().get(1)).orElseThrow().content())));
		assertThat(upright.getWidth()).isEqualTo(300);
		assertThat(upright.getHeight()).isEqualTo(400);
		asAuditor(() -> this.audits.detach(slot.id(), urnOf(checklist, "visit.1"), withPortrait.evidenceIds().get(1)));

		asAuditor(() -> this.audits.submit(slot.id()));
		assertThat(asAuditor(() -> this.campaigns.myTests())).filteredOn((mine) -> mine.id().equals(slot.id()))
			.singleElement()
			.satisfies((mine) -> assertThat(mine.status()).isEqualTo(SlotStatus.DONE));
		assertThat(as("qualite", () -> this.notifications.myInbox(), Role.QUALITY_MANAGER))
			.anySatisfy((message) -> assertThat(message.link()).isEqualTo("/reviews/" + slot.id()));
		assertThat(as("qualite", () -> this.audits.reviewQueue(0, 50), Role.QUALITY_MANAGER))
			.extracting(ReviewEntry::id, ReviewEntry::auditorCode)
			.contains(tuple(slot.id(), "ENQ-001"));
		long queued = as("qualite", () -> this.audits.reviewQueueSize(), Role.QUALITY_MANAGER);
		assertThat(queued).isPositive();

		AuditTest submitted = as("qualite", () -> this.audits.checklist(slot.id()), Role.QUALITY_MANAGER).test();
		as("qualite", () -> this.audits.validate(slot.id(), submitted.version()), Role.QUALITY_MANAGER);
		AuditResult result = this.events.stream(AuditValidated.class)
			.map(AuditValidated::result)
			.filter((published) -> published.auditId().equals(slot.id()))
			.findFirst()
			.orElseThrow();
		assertThat(result.revision()).isEqualTo(1);
		assertThat(result.auditorCode()).isEqualTo("ENQ-001");
		assertThat(result.items()).hasSameSizeAs(checklist.items())
			.allSatisfy((item) -> assertThat(item.answered()).isTrue());
		assertThat(result.items()).filteredOn((item) -> item.itemUrn().endsWith("visit.1"))
			.singleElement()
			.satisfies((item) -> assertThat(item.evidenceIds()).hasSize(1));
		assertThat(as("qualite", () -> this.audits.reviewQueueSize(), Role.QUALITY_MANAGER)).isEqualTo(queued - 1);
		assertThat(as("qualite", () -> this.audits.validated(0, 1), Role.QUALITY_MANAGER)).extracting(ReviewEntry::id)
			.containsExactly(slot.id());
		assertThat(as("qualite", () -> this.audits.validatedCount(), Role.QUALITY_MANAGER)).isPositive();
		assertThatThrownBy(() -> as("directeur", () -> this.audits.reviewQueueSize(), Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void testsStaySecretFromOtherAuditorsAndDirectors() {
		TestSlot slot = publishedVisit("enqueteur", "ENQ-001");
		assertThatThrownBy(() -> as("autre.enqueteur", () -> this.audits.checklist(slot.id()), Role.AUDITOR))
			.isInstanceOf(UserFacingException.class);
		assertThatThrownBy(() -> as("directeur", () -> this.audits.checklist(slot.id()), Role.DIRECTOR))
			.isInstanceOf(AuthorizationDeniedException.class);
		Checklist checklist = asAuditor(() -> this.audits.checklist(slot.id()));
		CapturedAnswer withPhoto = asAuditor(
				() -> this.audits.attach(slot.id(), urnOf(checklist, "visit.1"), "photo.png", png(200, 100)));
		String evidenceId = withPhoto.evidenceIds().get(0);
		assertThat(as("autre.enqueteur", () -> this.audits.evidence(evidenceId), Role.AUDITOR)).isEmpty();
		// Directors see evidence of validated tests only, within their scope.
		assertThat(as("directeur", () -> this.audits.evidence(evidenceId), Role.DIRECTOR)).isEmpty();
	}

	@Test
	void aReturnedTestGoesBackToItsAuditorAndCorrectionsAfterValidationArePublishedAgain() {
		TestSlot slot = publishedVisit("enqueteur", "ENQ-001");
		Checklist checklist = asAuditor(() -> this.audits.checklist(slot.id()));
		answerEverything(slot.id(), checklist);
		asAuditor(() -> this.audits.submit(slot.id()));
		Long version = as("qualite", () -> this.audits.checklist(slot.id()), Role.QUALITY_MANAGER).test().version();
		as("qualite", () -> this.audits.returnForCorrection(slot.id(), "Photo de la signalétique manquante", version),
				Role.QUALITY_MANAGER);
		assertThat(asAuditor(() -> this.audits.myTests())).filteredOn((mine) -> mine.slot().id().equals(slot.id()))
			.singleElement()
			.satisfies((mine) -> {
				assertThat(mine.checklist()).isEqualTo(AuditStatus.RETURNED);
				assertThat(mine.slot().status()).isEqualTo(SlotStatus.PUBLISHED);
			});
		assertThat(asAuditor(() -> this.notifications.myInbox()))
			.anySatisfy((message) -> assertThat(message.link()).isEqualTo("/tests/" + slot.id()));

		asAuditor(() -> this.audits.submit(slot.id()));
		Long again = as("qualite", () -> this.audits.checklist(slot.id()), Role.QUALITY_MANAGER).test().version();
		as("qualite", () -> this.audits.validate(slot.id(), again), Role.QUALITY_MANAGER);
		String signage = urnOf(checklist, "visit.1");
		int revision = as("qualite", () -> this.audits.checklist(slot.id()), Role.QUALITY_MANAGER).test()
			.answer(signage)
			.revision();
		AnswerDraft nonCompliant = new AnswerDraft(signage, Answer.NON_COMPLIANT, null, null, null, null, null, null,
				null, "Panneau d'orientation absent");
		AuditTest corrected = as("qualite",
				() -> this.audits.correct(slot.id(), nonCompliant, revision, "Relecture des photos"),
				Role.QUALITY_MANAGER);
		assertThat(corrected.corrections()).extracting(Correction::field).containsExactly("answer", "comment");
		assertThat(this.events.stream(AuditValidated.class)
			.map(AuditValidated::result)
			.filter((published) -> published.auditId().equals(slot.id()))
			.map(AuditResult::revision)).containsExactly(1, 2);
	}

	@Test
	void refusedFilesAreNamedAndNothingIsAttached() throws Exception {
		TestSlot slot = publishedVisit("enqueteur", "ENQ-001");
		String signage = urnOf(asAuditor(() -> this.audits.checklist(slot.id())), "visit.1");
		assertRefused(slot, signage, "vide.jpg", new byte[0], "audit.error.emptyFile");
		assertRefused(slot, signage, "programme.jpg", new byte[] { 'M', 'Z', 0, 0, 1, 2, 3, 4, 5 },
				"audit.error.fileType");
		assertRefused(slot, signage, "abimee.jpg",
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x13, 0x37, 0x00, 0x00 },
				"audit.error.imageUnreadable");
		assertRefused(slot, signage, "enorme.pdf", pdfOf(16 * 1024 * 1024), "audit.error.fileTooLarge");
		assertThat(asAuditor(() -> this.audits.checklist(slot.id())).test().answer(signage).evidenceIds()).isEmpty();
	}

	@Test
	void twoDevicesSavingDifferentAnswersAtOnceLoseNothing() throws Exception {
		TestSlot slot = publishedVisit("enqueteur", "ENQ-001");
		Checklist checklist = asAuditor(() -> this.audits.checklist(slot.id()));
		ExecutorService devices = Executors.newFixedThreadPool(4);
		List<Future<CapturedAnswer>> saves = new ArrayList<>();
		for (ReferentialNode node : checklist.items()) {
			saves.add(devices.submit(() -> asAuditor(() -> this.audits.answer(slot.id(), new AnswerDraft(node.urn(),
					Answer.COMPLIANT, null, null, null, null, null, null, null, "Constat " + node.refId()), 0))));
		}
		for (Future<CapturedAnswer> save : saves) {
			save.get();
		}
		devices.shutdown();
		AuditTest stored = asAuditor(() -> this.audits.checklist(slot.id())).test();
		assertThat(checklist.items())
			.allSatisfy((node) -> assertThat(stored.answer(node.urn()).answer()).isEqualTo(Answer.COMPLIANT));

		String first = checklist.items().get(0).urn();
		assertThatThrownBy(() -> asAuditor(
				() -> this.audits.answer(slot.id(), AnswerDraft.blank(first).withAnswer(Answer.NON_COMPLIANT), 0)))
			.isInstanceOf(AnswerConflictException.class);
		assertThat(asAuditor(() -> this.audits.checklist(slot.id())).test().answer(first).answer())
			.isEqualTo(Answer.COMPLIANT);
	}

	private void assertRefused(TestSlot slot, String itemUrn, String fileName, byte[] content, String key) {
		assertThatThrownBy(() -> asAuditor(() -> this.audits.attach(slot.id(), itemUrn, fileName, content)))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo(key);
				assertThat(ex.arguments()[0]).isEqualTo(fileName);
			});
	}

	private void answerEverything(String testId, Checklist checklist) {
		for (ReferentialNode node : checklist.items()) {
			asAuditor(() -> this.audits.answer(testId, new AnswerDraft(node.urn(), Answer.COMPLIANT, null, null, null,
					null, null, null, null, "Constat conforme"), revisionOf(testId, node.urn())));
		}
	}

	private int revisionOf(String testId, String urnOrSuffix) {
		AuditTest test = asAuditor(() -> this.audits.checklist(testId)).test();
		return test.answers()
			.stream()
			.filter((answer) -> answer.itemUrn().endsWith(urnOrSuffix))
			.mapToInt(CapturedAnswer::revision)
			.findFirst()
			.orElse(0);
	}

	private TestSlot publishedVisit(String username, String auditorId) {
		String campaignId = PublishedTests.campaign(this.context, "Vague de test", PublishedTests.MYSTERY_GRID,
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
		return PublishedTests.publish(this.context, campaignId, "VAL-HDV", Channel.COUNTER, LocalDate.of(2026, 3, 10),
				LocalTime.of(10, 0), auditorId, username, "Demande d'acte de naissance");
	}

	private static String urnOf(Checklist checklist, String suffix) {
		return checklist.items()
			.stream()
			.map(ReferentialNode::urn)
			.filter((urn) -> urn.endsWith(":" + suffix))
			.findFirst()
			.orElseThrow();
	}

	private static <T> T asAuditor(java.util.function.Supplier<T> action) {
		return as("enqueteur", action, Role.AUDITOR);
	}

	private static byte[] jpeg(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0, 0, 145));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] pdfOf(int size) {
		byte[] bytes = new byte[size];
		System.arraycopy("%PDF-1.7\n".getBytes(), 0, bytes, 0, 9);
		return bytes;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
