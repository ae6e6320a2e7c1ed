package fr.vigie.journeys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.vigie.audit.AuditResult;
import fr.vigie.campaign.Campaign;
import fr.vigie.campaign.CampaignDefinition;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.Recurrence;
import fr.vigie.campaign.SiteSelection;
import fr.vigie.identity.Role;
import fr.vigie.referential.Answer;
import fr.vigie.scoring.ActionPlan;
import fr.vigie.scoring.CorrectiveAction;
import fr.vigie.scoring.Finding;
import fr.vigie.scoring.FindingFilter;
import fr.vigie.scoring.ScoringManagement;
import fr.vigie.shared.Channel;
import fr.vigie.support.Browser;
import fr.vigie.support.BrowserJourney;
import fr.vigie.support.SecurityContexts;
import fr.vigie.support.ValidatedTests;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A director reads the dashboard of his scope and drills down to a site's results; a
 * quality manager closes a corrective action with a re-test and, once the re-test is
 * validated, sees the score before and after. Validated tests are published as the audit
 * module does (synthetic {@code AuditValidated} events). Screenshots at tablet and phone
 * sizes, axe-core on each screen.
 */
class ScoringJourneyTests extends BrowserJourney {

	private static final LocalDate TODAY = LocalDate.now();

	@Autowired
	ApplicationContext context;

	@Autowired
	ScoringManagement scoring;

	@Autowired
	CampaignManagement campaigns;

	@Test
	void aDirectorReadsTheDashboardOfHisScopeAndASitePage() {
		ValidatedTests tests = new ValidatedTests(this.context);
		List<String> sites = List.of("VAL-HDV", "VAL-PREF", "VAL-CCAS");
		for (int i = 0; i < 6; i++) {
			for (String site : sites) {
				Map<String, Answer> failures = switch (site) {
					case "VAL-PREF" -> Map.of("1.1", Answer.NON_COMPLIANT, "1.2", Answer.NON_COMPLIANT, "1.3",
							Answer.NON_COMPLIANT, "2.1", Answer.NON_COMPLIANT);
					case "VAL-HDV" -> (i % 2 == 0) ? Map.of("1.3", Answer.NON_COMPLIANT) : Map.of();
					default -> Map.of();
				};
				tests.publish(tests.result(UUID.randomUUID().toString(), "c", site, Channel.COUNTER,
						TODAY.minusDays(5 + i * 7L), 1, failures));
				tests.publish(tests.result(UUID.randomUUID().toString(), "c", site, Channel.PHONE,
						TODAY.minusDays(110 + i * 7L), 1, (i == 0) ? Map.of("1.1", Answer.NON_COMPLIANT) : Map.of()));
			}
		}
		String query = "?referential=" + ValidatedTests.SP_PLUS_2023 + "&from=" + TODAY.minusDays(365) + "&to=" + TODAY;

		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "directeur", "Directeur-Demo-2026");
		browser.navigate(page, "/dashboard" + query);
		assertThat(page.locator("main h1").first().textContent()).isEqualTo("Tableau de bord");
		page.locator("vaadin-grid.league-table").getByText("Hôtel de ville de Valbourg").first().waitFor();
		assertThat(page.locator("main").textContent())
			.contains("Sites par verdict", "Répartition des notes", "Évolution par vague", "Par canal",
					"Carte site × engagement", "Les moins respectés")
			.doesNotContain("CCAS de Valbourg");
		assertThat(page.locator("svg.chart-svg").count()).isGreaterThanOrEqualTo(4);
		// Other journeys sharing this server may have validated tests of further sites.
		assertThat(page.locator("table.heatmap tbody").textContent())
			.contains("Hôtel de ville de Valbourg", "Préfecture")
			.doesNotContain("CCAS de Valbourg");
		Browser.screenshot(page, "dashboard-directeur-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the dashboard").isEmpty();

		page.locator("table.heatmap").getByText("Hôtel de ville de Valbourg").click();
		page.waitForURL((url) -> url.contains("/dashboard/site/VAL-HDV"));
		Browser.waitForVaadin(page);
		page.locator("main h1").getByText("Résultats : Hôtel de ville de Valbourg").waitFor();
		assertThat(page.locator("main").textContent()).contains("Historique des tests", "ENQ-001", "Constats", "1.3");
		Browser.screenshot(page, "site-results-directeur-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on a site page").isEmpty();
		page.context().close();

		Page phone = browser.open(Browser.PHONE);
		browser.signIn(phone, "directeur", "Directeur-Demo-2026");
		browser.navigate(phone, "/dashboard" + query);
		phone.locator("vaadin-grid.league-table").getByText("Préfecture").first().waitFor();
		Browser.screenshot(phone, "dashboard-directeur-phone");
		assertThat(Browser.seriousAccessibilityViolations(phone)).as("axe on the dashboard (phone)").isEmpty();
		browser.navigate(phone, "/dashboard/site/VAL-HDV" + query);
		Browser.screenshot(phone, "site-results-directeur-phone");
		assertThat(Browser.seriousAccessibilityViolations(phone)).as("axe on a site page (phone)").isEmpty();
		browser.navigate(phone, "/dashboard/site/VAL-CCAS" + query);
		assertThat(phone.locator("main").textContent()).contains("hors de votre périmètre");
		phone.context().close();
	}

	@Test
	void aQualityManagerClosesAnActionWithARetestAndSeesBeforeAndAfter() {
		ValidatedTests tests = new ValidatedTests(this.context);
		Campaign campaign = asQuality(
				() -> this.campaigns.create(new CampaignDefinition("Baromètre " + UUID.randomUUID(),
						ValidatedTests.SP_PLUS_2023, new SiteSelection(Set.of(), Set.of(), Set.of("VAL-FS-RIL")),
						Map.of(Channel.COUNTER, 1), TODAY, TODAY.plusMonths(6), Recurrence.NONE, 0, 0, 0, List.of())));
		AuditResult before = tests.result(UUID.randomUUID().toString(), campaign.id(), "VAL-FS-RIL", Channel.COUNTER,
				TODAY.minusDays(10), 1, Map.of("1.4", Answer.NON_COMPLIANT, "1.5", Answer.NON_COMPLIANT));
		tests.publish(before);
		List<String> findings = asQuality(
				() -> this.scoring.unassignedFindings(FindingFilter.ALL, 0, 500, Sort.unsorted()))
			.stream()
			.filter((finding) -> finding.auditId().equals(before.auditId()))
			.map(Finding::id)
			.toList();
		CorrectiveAction action = asQuality(() -> this.scoring.openAction(findings,
				new ActionPlan("Aménager l'espace d'attente", "Service accueil", "qualite", TODAY.plusDays(20))));

		// Open findings elsewhere in the network, which the site filter leaves out.
		tests.publish(tests.result(UUID.randomUUID().toString(), campaign.id(), "VAL-HDV", Channel.COUNTER,
				TODAY.minusDays(9), 1, Map.of("1.4", Answer.NON_COMPLIANT)));
		tests.publish(tests.result(UUID.randomUUID().toString(), campaign.id(), "VAL-FS-RIL", Channel.COUNTER,
				TODAY.minusDays(8), 1, Map.of("1.4", Answer.NON_COMPLIANT)));

		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "qualite", "Qualite-Demo-2026");
		browser.navigate(page, "/actions?action=" + action.id());
		page.getByText("Action " + action.reference() + " : Aménager l'espace d'attente").waitFor();
		Browser.screenshot(page, "actions-qualite-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the actions screen").isEmpty();

		Locator openFindings = page.locator("vaadin-grid.findings-grid");
		openFindings.getByText("Hôtel de ville de Valbourg").first().waitFor();
		Browser.pickFromComboBox(page, "Site", "France Services de Rillieux");
		// The grid keeps spare rows hidden in the page: only shown rows count.
		Locator.FilterOptions shown = new Locator.FilterOptions().setVisible(true);
		page.waitForCondition(() -> openFindings.getByText("Hôtel de ville de Valbourg").filter(shown).count() == 0);
		assertThat(openFindings.getByText("France Services de Rillieux").filter(shown).count())
			.as("the filtered site's open finding")
			.isPositive();
		Browser.screenshot(page, "actions-findings-filtered-tablet");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clôturer…")).click();
		page.getByLabel("Ce qui a été fait").fill("Sièges ajoutés et cloison de confidentialité posée.");
		page.getByLabel("Programmer une contre-visite").check();
		Browser.screenshot(page, "actions-close-dialog-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the closing dialog").isEmpty();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clôturer").setExact(true)).click();
		page.getByText("Action " + action.reference() + " clôturée.").waitFor();
		page.locator(".before-after").getByText("contre-visite le").waitFor();

		CorrectiveAction closed = asQuality(() -> this.scoring.action(action.id())).action();
		assertThat(closed.retestSlotId()).isNotNull();
		tests.publish(tests.result(closed.retestSlotId(), campaign.id(), "VAL-FS-RIL", Channel.COUNTER,
				closed.retestDate(), 1, Map.of()));
		browser.navigate(page, "/actions?action=" + action.id());
		page.locator(".before-after").getByText("après : 10,0/10").waitFor();
		assertThat(page.locator(".before-after").textContent()).contains("Avant : ");
		Browser.screenshot(page, "actions-before-after-tablet");
		page.context().close();

		Page phone = browser.open(Browser.PHONE);
		browser.signIn(phone, "qualite", "Qualite-Demo-2026");
		browser.navigate(phone, "/actions?action=" + action.id());
		phone.locator(".before-after").waitFor();
		Browser.screenshot(phone, "actions-before-after-phone");
		assertThat(Browser.seriousAccessibilityViolations(phone)).as("axe on the actions screen (phone)").isEmpty();
		phone.context().close();
	}

	private static <T> T asQuality(Supplier<T> action) {
		return SecurityContexts.as("qualite", action, Role.QUALITY_MANAGER);
	}

}
