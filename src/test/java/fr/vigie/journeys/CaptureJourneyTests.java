package fr.vigie.journeys;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.vigie.campaign.PublishedTests;
import fr.vigie.campaign.TestSlot;
import fr.vigie.shared.Channel;
import fr.vigie.support.Browser;
import fr.vigie.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor captures a counter visit on a tablet and a phone test on a phone: answers,
 * stopwatch, ring counter, photo, privacy warning; the page is killed and reopened, the
 * network drops in the middle, the same test is open twice; then submission with gaps,
 * submission, and a quality manager's validation and correction.
 */
class CaptureJourneyTests extends BrowserJourney {

	private static final String GRID = "urn-vigie-mystery-grid-2023-";

	@Autowired
	ApplicationContext context;

	@Test
	void anAuditorCapturesAVisitOnATabletWithoutLosingAnything() throws Exception {
		TestSlot visit = publish("Visite tablette", "VAL-HDV", Channel.COUNTER, LocalTime.of(10, 0));
		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "enqueteur", "Enqueteur-Demo-2026");
		browser.navigate(page, "/my-tests");
		Locator link = page.locator("a.open-test[href$='" + visit.id() + "']");
		Locator card = page.locator(".test-card").filter(new Locator.FilterOptions().setHas(link));
		assertThat(card.innerText()).contains("Demande de renseignements").contains("Non commencé");
		Browser.screenshot(page, "capture-1-my-tests-tablet");
		link.click();
		page.waitForURL((url) -> url.endsWith("/tests/" + visit.id()));
		Browser.waitForVaadin(page);
		assertThat(page.locator("main").innerText()).contains("Accueil physique").contains("Demande de renseignements");
		Browser.screenshot(page, "capture-2-checklist-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the checklist").isEmpty();

		answer(page, "visit-1", "Conforme");
		item(page, "visit-1").locator("vaadin-upload input[type=file]").setInputFiles(photo());
		item(page, "visit-1").locator("img.thumbnail").waitFor();
		Browser.screenshot(page, "capture-3-photo-tablet");

		item(page, "visit-5").getByText("Arrivée : démarrer").click();
		Browser.waitForVaadin(page);
		page.waitForTimeout(1200);
		item(page, "visit-5").getByText("Pris en charge : arrêter").click();
		item(page, "visit-5").getByText("Proposé par la mesure : conforme").waitFor();
		Browser.screenshot(page, "capture-4-stopwatch-tablet");

		Locator comment = item(page, "visit-8").locator("textarea");
		comment.fill("Reçu par M. Dupont qui a donné une réponse précise");
		item(page, "visit-8").locator(".privacy-warning").getByText("M. Dupont").waitFor();
		Browser.screenshot(page, "capture-5-privacy-warning-tablet");
		comment.fill("Réponse précise et complète, documentation remise");
		// Observations are saved half a second after the auditor stops typing.
		page.waitForTimeout(900);
		answer(page, "visit-8", "Conforme");

		// Kill the page, open the test again: every answer is there.
		BrowserContext device = page.context();
		page.close();
		Page reopened = device.newPage();
		browser.navigate(reopened, "/tests/" + visit.id());
		assertThat(radio(reopened, "visit-1", "Conforme").isChecked()).isTrue();
		assertThat(item(reopened, "visit-1").locator("img.thumbnail").count()).isEqualTo(1);
		assertThat(item(reopened, "visit-8").locator("textarea").inputValue())
			.isEqualTo("Réponse précise et complète, documentation remise");
		assertThat(item(reopened, "visit-5").locator("input").first().inputValue()).isNotBlank();

		// The connection drops while the auditor answers; it comes back.
		device.setOffline(true);
		radio(reopened, "visit-2", "Non conforme").check();
		item(reopened, "visit-2").locator("textarea").fill("Pas de point d'accueil visible à l'entrée");
		reopened.waitForTimeout(2500);
		Browser.screenshot(reopened, "capture-5b-offline-tablet");
		device.setOffline(false);
		Browser.waitForVaadin(reopened);
		item(reopened, "visit-2").getByText("Enregistré à").waitFor();
		reopened.reload();
		Browser.waitForVaadin(reopened);
		assertThat(radio(reopened, "visit-2", "Non conforme").isChecked()).isTrue();
		assertThat(item(reopened, "visit-2").locator("textarea").inputValue())
			.isEqualTo("Pas de point d'accueil visible à l'entrée");

		// The same test open on a second device: no silent overwrite.
		Page other = browser.open(Browser.PHONE);
		browser.signIn(other, "enqueteur", "Enqueteur-Demo-2026");
		browser.navigate(other, "/tests/" + visit.id());
		answer(reopened, "visit-3", "Conforme");
		radio(other, "visit-3", "Non conforme").check();
		item(other, "visit-3").locator(".conflict").getByText("modifiée sur un autre appareil").waitFor();
		Browser.screenshot(other, "capture-6-conflict-phone");
		item(other, "visit-3").getByText("Reprendre l'autre réponse").click();
		Browser.waitForVaadin(other);
		assertThat(radio(other, "visit-3", "Conforme").isChecked()).isTrue();
		other.context().close();

		reopened.getByText("Soumettre le test").click();
		reopened.locator(".gaps").getByText("réponse manquante").first().waitFor();
		Browser.screenshot(reopened, "capture-7-gaps-tablet");
		answerTheRest(reopened);
		reopened.getByText("Soumettre le test").click();
		reopened.getByText("Cette grille est soumise").waitFor();
		Browser.screenshot(reopened, "capture-8-submitted-tablet");
		reopened.context().close();
	}

	@Test
	void anAuditorCapturesAPhoneTestOnAPhoneAndAQualityManagerValidatesAndCorrectsIt() {
		TestSlot call = publish("Appel téléphone", "VAL-CCAS", Channel.PHONE, LocalTime.of(14, 0));
		Page phone = browser.open(Browser.PHONE);
		browser.signIn(phone, "enqueteur", "Enqueteur-Demo-2026");
		browser.navigate(phone, "/tests/" + call.id());
		Browser.screenshot(phone, "phone-1-checklist-phone");
		assertThat(Browser.seriousAccessibilityViolations(phone)).as("axe on the phone checklist").isEmpty();

		Locator rings = item(phone, "call-2");
		for (int ring = 0; ring < 3; ring++) {
			rings.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+1 sonnerie")).click();
			Browser.waitForVaadin(phone);
		}
		assertThat(rings.locator("input").first().inputValue()).isEqualTo("3");
		rings.getByText("Proposé par la mesure : conforme").waitFor();
		Browser.screenshot(phone, "phone-2-rings-phone");

		item(phone, "call-3").getByText("Appel lancé : démarrer").click();
		Browser.waitForVaadin(phone);
		item(phone, "call-3").getByText("Décroché : arrêter").click();
		item(phone, "call-3").getByText("Proposé par la mesure : conforme").waitFor();
		Browser.screenshot(phone, "phone-3-pickup-phone");

		answerTheRest(phone);
		phone.getByText("Soumettre le test").click();
		phone.getByText("Cette grille est soumise").waitFor();
		Browser.screenshot(phone, "phone-4-submitted-phone");
		phone.context().close();

		Page manager = browser.open(Browser.TABLET);
		browser.signIn(manager, "qualite", "Qualite-Demo-2026");
		browser.navigate(manager, "/reviews");
		Browser.screenshot(manager, "review-1-queue-tablet");
		browser.navigate(manager, "/reviews/" + call.id());
		assertThat(manager.locator("main").innerText()).contains("ENQ-001");
		Browser.screenshot(manager, "review-2-test-tablet");
		manager.locator("#validate-test").click();
		manager.getByText("Test validé").first().waitFor();
		Browser.waitForVaadin(manager);

		item(manager, "call-4").getByText("Corriger").click();
		Locator dialog = manager.getByRole(AriaRole.DIALOG);
		dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Non conforme").setExact(true)).check();
		dialog.locator("textarea").first().fill("L'agent a renvoyé vers le site internet sans répondre");
		dialog.getByLabel("Motif de la correction (obligatoire)").fill("Relecture de l'enregistrement des notes");
		Browser.screenshot(manager, "review-3-correction-tablet");
		dialog.getByText("Enregistrer la correction").click();
		manager.locator("#corrections").waitFor();
		assertThat(manager.locator("#corrections").innerText()).contains("Relecture de l'enregistrement des notes")
			.contains("compliant");
		Browser.screenshot(manager, "review-4-history-tablet");
		manager.context().close();
	}

	private TestSlot publish(String campaign, String siteId, Channel channel, LocalTime start) {
		String campaignId = PublishedTests.campaign(this.context, campaign, PublishedTests.MYSTERY_GRID,
				LocalDate.now().minusDays(5), LocalDate.now().plusDays(5));
		return PublishedTests.publish(this.context, campaignId, siteId, channel, LocalDate.now(), start, "ENQ-001",
				"enqueteur", "Demande de renseignements sur une carte d'identité");
	}

	/** Answers every unanswered item "Conforme", with an observation where one is due. */
	private static void answerTheRest(Page page) {
		Locator open = page.locator(".item-card[data-answered='false']");
		while (open.count() > 0) {
			Locator card = page.locator("#" + open.first().getAttribute("id"));
			Locator comment = card.locator("textarea");
			if (comment.count() > 0 && comment.inputValue().isBlank()) {
				comment.fill("Constat conforme au scénario");
				page.waitForTimeout(900);
			}
			card.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Conforme").setExact(true)).check();
			Browser.waitForVaadin(page);
			card.getByText("Enregistré à").waitFor();
		}
	}

	private static void answer(Page page, String item, String answer) {
		radio(page, item, answer).check();
		Browser.waitForVaadin(page);
		item(page, item).getByText("Enregistré à").waitFor();
	}

	private static Locator radio(Page page, String item, String answer) {
		return item(page, item).getByRole(AriaRole.RADIO,
				new Locator.GetByRoleOptions().setName(answer).setExact(true));
	}

	private static Locator item(Page page, String suffix) {
		return page.locator("#item-" + GRID + suffix);
	}

	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0, 0, 145));
		graphics.fillRect(0, 0, 2400, 1800);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(600, 600, 1200, 400);
		graphics.dispose();
		Path file = Files.createTempFile("signaletique", ".jpg");
		ImageIO.write(image, "jpg", file.toFile());
		return file;
	}

}
