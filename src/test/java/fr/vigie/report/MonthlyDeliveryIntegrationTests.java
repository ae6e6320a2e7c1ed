package fr.vigie.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.vigie.campaign.ReportDeliveryDue;
import fr.vigie.identity.Role;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.SiteId;
import fr.vigie.report.ReportVerification.Outcome;
import fr.vigie.report.internal.DeliverySubscriptionRepository;
import fr.vigie.report.internal.ReportRegister;
import fr.vigie.shared.UserFacingException;
import fr.vigie.support.SecurityContexts;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The monthly delivery end to end: the scheduler's event, reports issued within each
 * subscriber's scope and registered, e-mails through SMTP to an in-process server, read
 * back, attachments unpacked and checked against the register. Each test uses its own
 * month, since deliveries are claimed per subscriber and month in the shared store.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"vigie.report.delivery.max-files=3", "vigie.report.delivery.max-attachment-size=1MB" })
class MonthlyDeliveryIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ReportDeliveries deliveries;

	@Autowired
	ReportManagement reports;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	DeliverySubscriptionRepository subscriptions;

	@Autowired
	SystemIdentity system;

	@BeforeEach
	void nobodySubscribed() {
		this.subscriptions.deleteAll();
	}

	@Test
	void aDirectorGetsOneZipOfHisScopesReportsAllInTheRegister() throws Exception {
		subscribe("directeur", Role.DIRECTOR, ReportKind.NETWORK, ReportKind.SITE_COMPLIANCE);

		this.events.publishEvent(new ReportDeliveryDue(YearMonth.of(2026, 1)));

		MimeMessage mail = onlyMailTo("directeur@vigie.test");
		assertThat(mail.getSubject()).isEqualTo("[Vigie] Vos rapports de 01/2026");
		assertThat(text(mail)).contains("5 document(s)", "Vérifier un rapport");
		Map<String, byte[]> files = unzip(attachments(mail).get("rapports_2026-01.zip"));
		Set<String> scope = SecurityContexts.as("directeur",
				() -> this.organisation.visibleSiteIds()
					.stream()
					.map(SiteId::value)
					.collect(java.util.stream.Collectors.toSet()),
				Role.DIRECTOR);
		assertThat(scope).containsExactlyInAnyOrder("VAL-HDV", "VAL-ANX-CROIX", "VAL-FS-RIL", "VAL-PREF");
		List<String> pdfs = files.keySet().stream().filter((name) -> name.endsWith(".pdf")).toList();
		assertThat(pdfs).containsExactlyInAnyOrder("rapport-reseau_2026-01.pdf",
				"rapport-conformite_VAL-HDV_2026-01.pdf", "rapport-conformite_VAL-ANX-CROIX_2026-01.pdf",
				"rapport-conformite_VAL-FS-RIL_2026-01.pdf", "rapport-conformite_VAL-PREF_2026-01.pdf");
		for (String name : pdfs) {
			byte[] pdf = files.get(name);
			ReportVerification verification = SecurityContexts.as("enqueteur", () -> this.reports.verify(pdf),
					Role.AUDITOR);
			assertThat(verification.outcome()).as(name).isEqualTo(Outcome.AUTHENTIC);
			assertThat(verification.report().issuedBy()).isEqualTo("directeur");
			assertThat(verification.report().periodCode()).isEqualTo("2026-01");
			assertThat(new String(files.get("empreintes.csv"))).contains(ReportRegister.sha256(pdf));
		}
		assertThat(Pdfs.normalizedText(files.get("rapport-reseau_2026-01.pdf"))).contains("Territoire Nord")
			.doesNotContain("Gerland", "Vénissieux", "CCAS");
		assertThat(Pdfs.normalizedText(files.get("rapport-conformite_VAL-PREF_2026-01.pdf")))
			.contains("Préfecture – accueil des étrangers");

		ReportDelivery delivery = SecurityContexts.as("directeur", () -> this.deliveries.myDeliveries(), Role.DIRECTOR)
			.get(0);
		assertThat(delivery.outcome()).isEqualTo(fr.vigie.report.ReportDelivery.Outcome.ZIPPED);
		assertThat(delivery.reportIds()).hasSize(5);
	}

	@Test
	void aSecondDeliveryEventForTheSameMonthSendsNothingAgain() throws Exception {
		subscribe("responsable.site", Role.DIRECTOR, ReportKind.SITE_COMPLIANCE);

		this.events.publishEvent(new ReportDeliveryDue(YearMonth.of(2026, 2)));
		this.events.publishEvent(new ReportDeliveryDue(YearMonth.of(2026, 2)));
		int again = this.system.call(() -> this.deliveries.deliver(YearMonth.of(2026, 2)));

		assertThat(again).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aSingleReportIsAttachedAsAPdfAndCoversOnlyTheSubscribersSite() throws Exception {
		subscribe("responsable.site", Role.DIRECTOR, ReportKind.SITE_COMPLIANCE);

		this.events.publishEvent(new ReportDeliveryDue(YearMonth.of(2026, 3)));

		Map<String, byte[]> attached = attachments(onlyMailTo("responsable.site@vigie.test"));
		assertThat(attached).containsOnlyKeys("rapport-conformite_VAL-FS-RIL_2026-03.pdf");
		byte[] pdf = attached.get("rapport-conformite_VAL-FS-RIL_2026-03.pdf");
		assertThat(Pdfs.normalizedText(pdf)).contains("France Services de Rillieux");
		assertThat(SecurityContexts.as("enqueteur", () -> this.reports.verify(pdf), Role.AUDITOR).outcome())
			.isEqualTo(Outcome.AUTHENTIC);
	}

	@Test
	void beyondTheSizeLimitTheMailPointsToTheReportsPageWhereTheZipStaysDownloadable() throws Exception {
		subscribe("qualite", Role.QUALITY_MANAGER, ReportKind.values());

		this.events.publishEvent(new ReportDeliveryDue(YearMonth.of(2026, 4)));

		MimeMessage mail = onlyMailTo("qualite@vigie.test");
		assertThat(attachments(mail)).isEmpty();
		assertThat(text(mail)).contains("trop volumineux", "plus de 1 Mo", "/reports");
		ReportDelivery delivery = SecurityContexts
			.as("qualite", () -> this.deliveries.myDeliveries(), Role.QUALITY_MANAGER)
			.get(0);
		assertThat(delivery.outcome()).isEqualTo(fr.vigie.report.ReportDelivery.Outcome.LINKED);
		// the whole network: 12 sites x (report + 2 posters) + the network report
		assertThat(delivery.reportIds()).hasSize(37);
		assertThat(delivery.bytes()).isGreaterThan(1024L * 1024);

		java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
		SecurityContexts.as("qualite", () -> this.deliveries.writeDeliveryZip(delivery.id(), zip),
				Role.QUALITY_MANAGER);
		assertThat(unzip(zip.toByteArray())).hasSize(38);
		assertThatThrownBy(() -> SecurityContexts.as("directeur",
				() -> this.deliveries.writeDeliveryZip(delivery.id(), new java.io.ByteArrayOutputStream()),
				Role.DIRECTOR))
			.isInstanceOf(UserFacingException.class);
	}

	@Test
	void subscriptionsAreForDirectorsAndQualityManagersAndRefuseStaleOrEmptyChanges() {
		assertThatThrownBy(() -> SecurityContexts.as("enqueteur", () -> this.deliveries.mySubscription(), Role.AUDITOR))
			.isInstanceOf(AccessDeniedException.class);
		DeliverySubscription none = SecurityContexts.as("directeur", () -> this.deliveries.mySubscription(),
				Role.DIRECTOR);
		assertThat(none.active()).isFalse();
		assertThatThrownBy(() -> SecurityContexts.as("directeur",
				() -> this.deliveries.changeMySubscription(true, Set.of(), none.version()), Role.DIRECTOR))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("report.subscription.kinds.required"));
		DeliverySubscription saved = SecurityContexts.as("directeur",
				() -> this.deliveries.changeMySubscription(true, Set.of(ReportKind.NETWORK), none.version()),
				Role.DIRECTOR);
		assertThatThrownBy(() -> SecurityContexts.as("directeur",
				() -> this.deliveries.changeMySubscription(false, Set.of(), none.version()), Role.DIRECTOR))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("concurrentModification"));
		assertThat(SecurityContexts.as("directeur", () -> this.deliveries.mySubscription(), Role.DIRECTOR))
			.isEqualTo(saved);
	}

	private void subscribe(String username, Role role, ReportKind... kinds) {
		SecurityContexts.as(username, () -> {
			DeliverySubscription current = this.deliveries.mySubscription();
			return this.deliveries.changeMySubscription(true, Set.of(kinds), current.version());
		}, role);
	}

	private static MimeMessage onlyMailTo(String address) throws Exception {
		List<MimeMessage> to = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				to.add(message);
			}
		}
		assertThat(to).as("e-mails to " + address).hasSize(1);
		return to.get(0);
	}

	private static String text(MimeMessage mail) throws Exception {
		return text(mail.getContent());
	}

	private static String text(Object content) throws Exception {
		if (content instanceof String text) {
			return text;
		}
		Multipart parts = (Multipart) content;
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
					&& (part.isMimeType("text/plain") || part.isMimeType("multipart/*"))) {
				all.append(text(part.getContent()));
			}
		}
		return all.toString();
	}

	private static Map<String, byte[]> attachments(MimeMessage mail) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		if (!(mail.getContent() instanceof Multipart parts)) {
			return files;
		}
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				try (InputStream in = part.getInputStream()) {
					files.put(part.getFileName(), in.readAllBytes());
				}
			}
		}
		return files;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		assertThat(zip).isNotNull();
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
