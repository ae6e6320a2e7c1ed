package fr.vigie.campaign;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.vigie.campaign.internal.CampaignScheduling;
import fr.vigie.campaign.internal.TestSlotRepository;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.shared.Channel;
import fr.vigie.support.Instances;
import fr.vigie.support.MutableClock;
import fr.vigie.support.ReceivedMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders, digests and overdue notices are sent exactly once: by two instances sharing
 * one store, and across a restart in the middle of a wave (with the misfire policy of
 * {@link CampaignScheduling}). E-mails go through SMTP to an in-process server and are
 * read back.
 */
class SchedulingFireOnceTests {

	/** Monday 9 March 2026. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Test
	void twoInstancesOnOneStoreSendEachNoticeOnce() throws Exception {
		MutableClock clock = new MutableClock(MONDAY.atTime(17, 0));
		int storePort = Instances.freePort();
		try (ConfigurableApplicationContext first = Instances.start(clock,
				arguments("--vigie.store.port=" + storePort, "--vigie.campaign.scheduler-enabled=true"));
				ConfigurableApplicationContext second = Instances.start(clock,
						arguments("--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/vigie",
								"--vigie.campaign.scheduler-enabled=true"))) {
			TestSlotRepository slots = first.getBean(TestSlotRepository.class);
			slots.save(published("VAL-HDV", Channel.COUNTER, MONDAY.plusDays(1), LocalTime.of(10, 0), 60));
			slots.save(published("VAL-CCAS", Channel.PHONE, MONDAY, LocalTime.of(17, 30), 30));
			slots.save(published("VAL-FS-RIL", Channel.COUNTER, MONDAY.minusDays(1), LocalTime.of(10, 0), 60));

			// Both instances' Quartz sweeps run every second; meanwhile hammer both
			// directly.
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int round = 0; round < 5; round++) {
				for (ConfigurableApplicationContext instance : List.of(first, second)) {
					CampaignScheduling scheduling = instance.getBean(CampaignScheduling.class);
					SystemIdentity system = instance.getBean(SystemIdentity.class);
					runs.add(pool.submit(() -> system.call(scheduling::sendDueReminders)));
					runs.add(pool.submit(() -> system.call(scheduling::detectOverdue)));
				}
			}
			for (Future<Integer> run : runs) {
				run.get();
			}
			pool.shutdown();
			await().until(() -> smtp.getReceivedMessages().length >= 4);
			Thread.sleep(3000);

			assertThat(ReceivedMail.subjectsTo(smtp, "enqueteur@vigie.test")).containsExactlyInAnyOrder(
					"[Vigie] Test mystère à venir : Hôtel de ville de Valbourg",
					"[Vigie] Test mystère bientôt : CCAS de Valbourg",
					"[Vigie] Test non réalisé : France Services de Rillieux");
			assertThat(ReceivedMail.subjectsTo(smtp, "qualite@vigie.test"))
				.containsExactly("[Vigie] Test en retard : France Services de Rillieux");
		}
	}

	@Test
	void aRestartInTheMiddleOfAWaveLosesNothingAndRepeatsNothing(@TempDir Path dataDir) throws Exception {
		MutableClock clock = new MutableClock(MONDAY.atTime(15, 0));
		List<String> arguments = arguments("--vigie.store.backend=file", "--vigie.store.data-dir=" + dataDir);
		TestSlot dueThisMorning = published("VAL-HDV", Channel.COUNTER, MONDAY, LocalTime.of(9, 0), 60);
		TestSlot tuesdayMorning = published("VAL-CCAS", Channel.COUNTER, MONDAY.plusDays(1), LocalTime.of(10, 0), 60);
		TestSlot tuesdayAfternoon = published("VAL-MED-PD", Channel.PHONE, MONDAY.plusDays(1), LocalTime.of(14, 0), 30);
		try (ConfigurableApplicationContext before = Instances.start(clock, arguments)) {
			before.getBean(TestSlotRepository.class).saveAll(List.of(dueThisMorning, tuesdayMorning, tuesdayAfternoon));
			sweepAll(before);
			// 15:00 Monday: only the morning test is overdue; day-before reminders wait
			// until 16:00.
			assertThat(allSubjects()).containsExactlyInAnyOrder("[Vigie] Test en retard : Hôtel de ville de Valbourg",
					"[Vigie] Test non réalisé : Hôtel de ville de Valbourg");
		}

		// Down from Monday 15:00 to Tuesday 09:40: the day-before reminders and the
		// digest were missed.
		clock.set(MONDAY.plusDays(1).atTime(9, 40));
		try (ConfigurableApplicationContext after = Instances.start(clock, arguments)) {
			sweepAll(after);
			sweepAll(after);
			Map<String, Long> subjects = countBySubject();
			assertThat(subjects).containsEntry("[Vigie] Test mystère bientôt : CCAS de Valbourg", 1L)
				.containsEntry("[Vigie] Test mystère à venir : Médiathèque de la Part-Dieu", 1L)
				.containsEntry("[Vigie] Vos tests du jour (2)", 1L)
				.containsEntry("[Vigie] Test en retard : Hôtel de ville de Valbourg", 1L)
				.doesNotContainKey("[Vigie] Test mystère à venir : CCAS de Valbourg");
			assertThat(subjects.values()).allSatisfy((count) -> assertThat(count).isEqualTo(1L));

			// Two days after the missed test, quality managers get one escalation.
			clock.set(MONDAY.plusDays(3).atTime(10, 0));
			sweepAll(after);
			sweepAll(after);
			assertThat(countBySubject())
				.containsEntry("[Vigie] Relance : test toujours en retard (Hôtel de ville de Valbourg)", 1L);
		}
	}

	private static void sweepAll(ConfigurableApplicationContext instance) {
		CampaignScheduling scheduling = instance.getBean(CampaignScheduling.class);
		instance.getBean(SystemIdentity.class).run(() -> {
			scheduling.detectOverdue();
			scheduling.sendDueReminders();
			scheduling.sendDailyDigests();
		});
	}

	private static List<String> arguments(String... extra) {
		List<String> all = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + ServerSetupTest.SMTP.getPort(), "--vigie.campaign.sweep-interval=1s"));
		all.addAll(Arrays.asList(extra));
		return all;
	}

	private static TestSlot published(String siteId, Channel channel, LocalDate date, LocalTime start, int minutes) {
		TestSlot slot = TestSlot.drafted(UUID.randomUUID().toString(), "campaign-under-test", 1, siteId, channel, date,
				start, start.plusMinutes(minutes), false, false, "auditor-enqueteur", "enqueteur", null, List.of(),
				null);
		slot.publish();
		return slot;
	}

	private static List<String> allSubjects() throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			subjects.add(message.getSubject());
		}
		return subjects;
	}

	private static Map<String, Long> countBySubject() throws Exception {
		return allSubjects().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

}
