package fr.vigie.campaign.internal;

import java.time.Clock;
import java.time.Duration;

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

	private static final Logger log = LoggerFactory.getLogger(SweepJob.class);

	private final CampaignScheduling scheduling;

	private final LockingTaskExecutor locks;

	private final SystemIdentity system;

	private final Clock clock;

	SweepJob(CampaignScheduling scheduling, LockingTaskExecutor locks, SystemIdentity system, Clock clock) {
		this.scheduling = scheduling;
		this.locks = locks;
		this.system = system;
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		Sweep sweep = Sweep.valueOf(context.getMergedJobDataMap().getString(SWEEP));
		LockConfiguration lock = new LockConfiguration(this.clock.instant(), sweep.lockName(), Duration.ofMinutes(10),
				Duration.ofSeconds(1));
		try {
			this.locks.executeWithLock((Runnable) () -> this.system.run(() -> {
				int done = sweep.run(this.scheduling);
				if (done > 0) {
					log.info("Sweep {}: {} action(s)", sweep, done);
				}
			}), lock);
		}
		catch (RuntimeException ex) {
			// Logged, not rethrown: the next firing retries from the state in MongoDB.
			log.error("Sweep {} failed", sweep, ex);
		}
	}

}
