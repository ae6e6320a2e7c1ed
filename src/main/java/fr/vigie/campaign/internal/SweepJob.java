package fr.vigie.campaign.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;

import fr.vigie.campaign.ScheduledSweep;
import fr.vigie.identity.SystemIdentity;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Thin Quartz adapter: runs one {@link Sweep} under the system identity, behind a MongoDB
 * lock so that two instances do not sweep at the same moment. Correctness does not depend
 * on the lock: every action inside a sweep is claimed atomically.
 */
@DisallowConcurrentExecution
class SweepJob extends QuartzJobBean {

	static final String SWEEP = "sweep";

	/** Job data key naming a {@link ScheduledSweep} of another module instead. */
	static final String EXTENSION = "extension";

	private static final Logger log = LoggerFactory.getLogger(SweepJob.class);

	private final CampaignScheduling scheduling;

	private final LockingTaskExecutor locks;

	private final SystemIdentity system;

	private final List<ScheduledSweep> extensions;

	private final Clock clock;

	SweepJob(CampaignScheduling scheduling, List<ScheduledSweep> extensions, LockingTaskExecutor locks,
			SystemIdentity system, Clock clock) {
		this.scheduling = scheduling;
		this.extensions = extensions;
		this.locks = locks;
		this.system = system;
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		String extension = context.getMergedJobDataMap().getString(EXTENSION);
		if (extension != null) {
			ScheduledSweep sweep = this.extensions.stream()
				.filter((candidate) -> candidate.name().equals(extension))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no scheduled sweep named " + extension));
			runLocked(extension, "campaign-sweep-" + extension, sweep::run);
		}
		else {
			Sweep sweep = Sweep.valueOf(context.getMergedJobDataMap().getString(SWEEP));
			runLocked(sweep.name(), sweep.lockName(), () -> sweep.run(this.scheduling));
		}
	}

	private void runLocked(String name, String lockName, IntSupplier work) {
		LockConfiguration lock = new LockConfiguration(this.clock.instant(), lockName, Duration.ofMinutes(10),
				Duration.ofSeconds(1));
		try {
			this.locks.executeWithLock((Runnable) () -> this.system.run(() -> {
				int done = work.getAsInt();
				if (done > 0) {
					log.info("Sweep {}: {} action(s)", name, done);
				}
			}), lock);
		}
		catch (RuntimeException ex) {
			// Logged, not rethrown: the next firing retries from the state in MongoDB.
			log.error("Sweep {} failed", name, ex);
		}
	}

}
