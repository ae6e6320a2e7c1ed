package fr.vigie.campaign;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import fr.vigie.identity.SystemIdentity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Another module's {@link ScheduledSweep} bean is run by the campaign scheduler (Quartz
 * behind a MongoDB lock) at its own interval, under the system identity.
 */
@SpringBootTest(properties = "vigie.campaign.scheduler-enabled=true")
class ScheduledSweepTests {

	@Autowired
	CountingSweep sweep;

	@Test
	void aSweepOfAnotherModuleRunsRepeatedlyAsTheSystem() {
		await().atMost(Duration.ofSeconds(20)).until(() -> this.sweep.runs.get() >= 2);
		assertThat(this.sweep.lastUser).isEqualTo(SystemIdentity.USERNAME);
	}

	@TestConfiguration
	static class Sweeps {

		@Bean
		CountingSweep countingSweep() {
			return new CountingSweep();
		}

	}

	static class CountingSweep implements ScheduledSweep {

		final AtomicInteger runs = new AtomicInteger();

		volatile String lastUser;

		@Override
		public String name() {
			return "test-counting";
		}

		@Override
		public Duration interval() {
			return Duration.ofMillis(300);
		}

		@Override
		public int run() {
			this.lastUser = SecurityContextHolder.getContext().getAuthentication().getName();
			return this.runs.incrementAndGet();
		}

	}

}
