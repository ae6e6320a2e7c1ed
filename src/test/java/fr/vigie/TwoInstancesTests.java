package fr.vigie;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import fr.vigie.audit.AnswerConflictException;
import fr.vigie.audit.AnswerDraft;
import fr.vigie.audit.AuditManagement;
import fr.vigie.audit.AuditStatus;
import fr.vigie.audit.AuditTest;
import fr.vigie.audit.CapturedAnswer;
import fr.vigie.campaign.PublishedTests;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.campaign.internal.CampaignScheduling;
import fr.vigie.campaign.internal.TestSlotRepository;
import fr.vigie.identity.NewUser;
import fr.vigie.identity.Role;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.identity.UserManagement;
import fr.vigie.referential.Answer;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.report.DeliverySubscription;
import fr.vigie.report.ReportDeliveries;
import fr.vigie.report.ReportKind;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.support.Browser;
import fr.vigie.support.Instances;
import fr.vigie.support.MutableClock;
import fr.vigie.support.ReceivedMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two whole Vigie instances on one database, as behind a load balancer: the first runs
 * the embedded store, the second only connects to it by {@code spring.mongodb.uri}. Both
 * run the schedulers (sweeps every second). The steps run in order on the same pair of
 * instances and share the store, like a day of use; a new behaviour to check on two
 * instances is one more {@code @Order}ed step using {@link #as}, {@link #first} and
 * {@link #second}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTests {

	/** Sunday 1 March 2026, before the monthly delivery (06:00). */
	private static final LocalDateTime START = LocalDate.of(2026, 3, 1).atTime(5, 0);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig())
		.withPerMethodLifecycle(false);

	private static final MutableClock clock = new MutableClock(START);

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static Browser firstBrowser;

	private static Browser secondBrowser;

	@BeforeAll
	static void startTwoInstances() {
		int storePort = Instances.freePort();
		first = Instances.start(clock, arguments("--vigie.store.port=" + storePort));
		second = Instances.start(clock, arguments("--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/vigie"));
		firstBrowser = new Browser(port(first));
		secondBrowser = new Browser(port(second));
	}

	@AfterAll
	static void stopBoth() {
		for (AutoCloseable resource : new AutoCloseable[] { firstBrowser, secondBrowser, second, first }) {
			try {
				if (resource != null) {
					resource.close();
				}
			}
			catch (Exception ex) {
				// keep closing the others
			}
		}
	}

	@Test
	@Order(1)
	void theSecondInstanceStartsNoStoreOfItsOwn() {
		assertThat(second.getEnvironment().getProperty("spring.mongodb.uri")).contains("127.0.0.1");
		assertThat(second.getBeansOfType(fr.vigie.shared.store.EmbeddedStore.class)).isEmpty();
		assertThat(first.getBeansOfType(fr.vigie.shared.store.EmbeddedStore.class)).hasSize(1);
	}

	@Test
	@Order(2)
	void peopleSignInOnEitherInstanceAndKeepWorkingThere() {
		Page director = firstBrowser.open(Browser.TABLET);
		firstBrowser.signIn(director, "directeur", "Directeur-Demo-2026");
		Page quality = secondBrowser.open(Browser.TABLET);
		secondBrowser.signIn(quality, "qualite", "Qualite-Demo-2026");

		firstBrowser.navigate(director, "/reports");
		secondBrowser.navigate(quality, "/reports");
		assertThat(director.locator("main h1").first().textContent()).isEqualTo("Rapports");
		assertThat(quality.locator("main h1").first().textContent()).isEqualTo("Rapports");
		firstBrowser.navigate(director, "/sites/VAL-HDV");
		assertThat(director.locator("main h1").first().textContent()).isEqualTo("Hôtel de ville de Valbourg");
		director.context().close();
		quality.context().close();
	}

	@Test
	@Order(3)
	void aSessionLivesOnTheInstanceThatOpenedItHenceStickySessions() {
		Page page = firstBrowser.open(Browser.PHONE);
		firstBrowser.signIn(page, "directeur", "Directeur-Demo-2026");
		// Same browser, same session cookie (cookies ignore the port), other instance.
		page.navigate(secondBrowser.url("/reports"));
		page.waitForURL((url) -> url.contains("/login"));
		page.context().close();
	}

	@Test
	@Order(4)
	void failedLoginsCountOnBothInstancesAndLockTheAccountOnBoth() throws Exception {
		as(first, "admin", () -> first.getBean(UserManagement.class)
			.create(new NewUser("cible", "Compte cible", null, Set.of(Role.AUDITOR), "la bonne phrase secrète")),
				Role.ADMIN);
		AuthenticationManager onFirst = authentication(first);
		AuthenticationManager onSecond = authentication(second);
		assertThatThrownBy(() -> onFirst.authenticate(login("cible", "essai 1")))
			.isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> onSecond.authenticate(login("cible", "essai 2")))
			.isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> onFirst.authenticate(login("cible", "essai 3")))
			.isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> onSecond.authenticate(login("cible", "la bonne phrase secrète")))
			.isInstanceOf(LockedException.class);
		assertThatThrownBy(() -> onFirst.authenticate(login("cible", "la bonne phrase secrète")))
			.isInstanceOf(LockedException.class);
	}

	@Test
	@Order(5)
	void aChangeMadeOnOneInstanceIsSeenOnTheOtherAndAStaleOneIsRefused() {
		DeliverySubscription saved = as(first, "directeur", () -> {
			ReportDeliveries deliveries = first.getBean(ReportDeliveries.class);
			return deliveries.changeMySubscription(true, Set.of(ReportKind.NETWORK),
					deliveries.mySubscription().version());
		}, Role.DIRECTOR);
		assertThat(
				as(second, "directeur", () -> second.getBean(ReportDeliveries.class).mySubscription(), Role.DIRECTOR))
			.isEqualTo(saved);
		assertThatThrownBy(() -> as(second, "directeur",
				() -> second.getBean(ReportDeliveries.class).changeMySubscription(false, Set.of(), null),
				Role.DIRECTOR))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("concurrentModification"));

		Page page = secondBrowser.open(Browser.TABLET);
		secondBrowser.signIn(page, "directeur", "Directeur-Demo-2026");
		secondBrowser.navigate(page, "/reports");
		assertThat(page.locator(".delivery-section")
			.getByLabel("Recevoir mes rapports chaque mois par e-mail")
			.isChecked()).isTrue();
		page.context().close();

		as(second, "responsable.site", () -> {
			ReportDeliveries deliveries = second.getBean(ReportDeliveries.class);
			return deliveries.changeMySubscription(true, Set.of(ReportKind.SITE_COMPLIANCE),
					deliveries.mySubscription().version());
		}, Role.DIRECTOR);
	}

	@Test
	@Order(6)
	void bothSchedulersSweepButEachNoticeGoesOutOnce() throws Exception {
		TestSlot missed = PublishedTests.slot(java.util.UUID.randomUUID().toString(), "VAL-FS-RIL", Channel.COUNTER,
				START.toLocalDate().minusDays(1), LocalTime.of(10, 0), "auditor-enqueteur", "enqueteur");
		second.getBean(TestSlotRepository.class).save(missed);

		await().until(() -> ReceivedMail.subjectsTo(smtp, "qualite@vigie.test")
			.contains("[Vigie] Test en retard : France Services de Rillieux"));
		// Several more sweeps of both instances (every second).
		Thread.sleep(4000);
		assertThat(ReceivedMail.subjectsTo(smtp, "qualite@vigie.test"))
			.containsOnlyOnce("[Vigie] Test en retard : France Services de Rillieux");
		assertThat(ReceivedMail.subjectsTo(smtp, "enqueteur@vigie.test"))
			.containsOnlyOnce("[Vigie] Test non réalisé : France Services de Rillieux");
	}

	@Test
	@Order(7)
	void theMonthlyDeliveryGoesOutOncePerSubscriberWhateverInstanceTriggersIt() throws Exception {
		clock.set(START.withHour(7));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Boolean>> runs = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			for (ConfigurableApplicationContext instance : List.of(first, second)) {
				CampaignScheduling scheduling = instance.getBean(CampaignScheduling.class);
				SystemIdentity system = instance.getBean(SystemIdentity.class);
				runs.add(pool.submit(() -> system.call(scheduling::triggerReportDelivery)));
			}
		}
		int published = 0;
		for (Future<Boolean> run : runs) {
			published += run.get() ? 1 : 0;
		}
		pool.shutdown();
		// Once across instances (none here only if a Quartz firing won the claim first;
		// the
		// e-mails below are counted either way).
		assertThat(published).as("ReportDeliveryDue published by these calls").isLessThanOrEqualTo(1);
		// And a repeated event (e.g. replayed by an operator) on the other instance sends
		// nothing more.
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			int served = instance.getBean(SystemIdentity.class)
				.call(() -> instance.getBean(ReportDeliveries.class).deliver(YearMonth.of(2026, 2)));
			assertThat(served).isZero();
		}

		assertThat(ReceivedMail.subjectsTo(smtp, "directeur@vigie.test"))
			.containsOnlyOnce("[Vigie] Vos rapports de 02/2026");
		assertThat(ReceivedMail.subjectsTo(smtp, "responsable.site@vigie.test"))
			.containsOnlyOnce("[Vigie] Vos rapports de 02/2026");
		assertThat(ReceivedMail.subjectsTo(smtp, "qualite@vigie.test"))
			.doesNotContain("[Vigie] Vos rapports de 02/2026");
	}

	@Test
	@Order(8)
	void anAuditorCapturesOnBothInstancesAStaleAnswerIsRefusedAndTheTestIsValidatedOnTheOther() {
		String campaignId = PublishedTests.campaign(first, "Vague sur deux instances", PublishedTests.MYSTERY_GRID,
				START.toLocalDate(), START.toLocalDate().plusMonths(1));
		TestSlot slot = PublishedTests.publish(first, campaignId, "VAL-HDV", Channel.COUNTER,
				START.toLocalDate().plusDays(2), LocalTime.of(10, 0), "auditor-enqueteur", "enqueteur", null);
		List<ReferentialNode> items = as(first, "enqueteur",
				() -> first.getBean(AuditManagement.class).checklist(slot.id()), Role.AUDITOR)
			.items();
		String firstItem = items.get(0).urn();
		String secondItem = items.get(1).urn();

		CapturedAnswer onFirst = as(first, "enqueteur", () -> first.getBean(AuditManagement.class)
			.answer(slot.id(), compliant(firstItem, "Saisi sur l'instance 1"), 0), Role.AUDITOR);
		assertThat(onFirst.revision()).isEqualTo(1);
		assertThatThrownBy(() -> as(second, "enqueteur",
				() -> second.getBean(AuditManagement.class)
					.answer(slot.id(), compliant(firstItem, "Saisi sur l'instance 2"), 0),
				Role.AUDITOR))
			.isInstanceOf(AnswerConflictException.class);
		as(second, "enqueteur", () -> second.getBean(AuditManagement.class)
			.answer(slot.id(), compliant(secondItem, "Autre question, instance 2"), 0), Role.AUDITOR);

		AuditTest seenOnFirst = as(first, "enqueteur", () -> first.getBean(AuditManagement.class).checklist(slot.id()),
				Role.AUDITOR)
			.test();
		assertThat(seenOnFirst.answer(firstItem).comment()).isEqualTo("Saisi sur l'instance 1");
		assertThat(seenOnFirst.answer(secondItem).comment()).isEqualTo("Autre question, instance 2");

		for (ReferentialNode node : items.subList(2, items.size())) {
			as(second, "enqueteur", () -> second.getBean(AuditManagement.class)
				.answer(slot.id(), compliant(node.urn(), "Constat conforme"), 0), Role.AUDITOR);
		}
		as(first, "enqueteur", () -> first.getBean(AuditManagement.class).submit(slot.id()), Role.AUDITOR);
		AuditTest submitted = as(second, "qualite", () -> second.getBean(AuditManagement.class).checklist(slot.id()),
				Role.QUALITY_MANAGER)
			.test();
		assertThat(submitted.status()).isEqualTo(AuditStatus.SUBMITTED);
		as(second, "qualite", () -> second.getBean(AuditManagement.class).validate(slot.id(), submitted.version()),
				Role.QUALITY_MANAGER);

		assertThat(as(first, "qualite", () -> first.getBean(AuditManagement.class).result(slot.id()),
				Role.QUALITY_MANAGER))
			.hasValueSatisfying((result) -> assertThat(result.items()).hasSameSizeAs(items)
				.allSatisfy((item) -> assertThat(item.answer()).isEqualTo(Answer.COMPLIANT)));
		assertThat(first.getBean(TestSlotRepository.class).findById(slot.id()))
			.hasValueSatisfying((stored) -> assertThat(stored.status()).isEqualTo(SlotStatus.DONE));
	}

	private static AnswerDraft compliant(String itemUrn, String comment) {
		return new AnswerDraft(itemUrn, Answer.COMPLIANT, null, null, null, null, null, null, null, comment);
	}

	/** Runs a service call on one instance as a signed-in user. */
	private static <T> T as(ConfigurableApplicationContext instance, String username, Supplier<T> call, Role role) {
		SecurityContextHolderStrategy strategy = instance.getBean(SecurityContextHolderStrategy.class);
		var previous = strategy.getContext();
		var context = strategy.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority(role.authority()))));
		strategy.setContext(context);
		try {
			return call.get();
		}
		finally {
			strategy.setContext(previous);
		}
	}

	private static AuthenticationManager authentication(ConfigurableApplicationContext instance) throws Exception {
		return instance.getBean(AuthenticationConfiguration.class).getAuthenticationManager();
	}

	private static UsernamePasswordAuthenticationToken login(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

	private static List<String> arguments(String extra) {
		return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
				"--vigie.campaign.scheduler-enabled=true", "--vigie.campaign.sweep-interval=1s",
				"--vigie.security.max-login-failures=3", extra);
	}

}
