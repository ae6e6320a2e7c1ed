package fr.vigie.campaign.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import fr.vigie.campaign.CampaignProperties;
import fr.vigie.campaign.ScheduledSweep;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Quartz runs in memory (see docs/decisions/004-scheduling.md): its triggers are rebuilt
 * at every start from this configuration, and the business schedule lives in MongoDB.
 * Misfires are not replayed
 * ({@code withMisfireHandlingInstructionNextWithRemainingCount}); the next sweep catches
 * up from MongoDB under the rules stated in {@link CampaignScheduling}.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	@Bean
	LockProvider sweepLockProvider(MongoTemplate mongo) {
		return new MongoLockProvider(mongo.getDb());
	}

	@Bean
	LockingTaskExecutor sweepLocks(LockProvider sweepLockProvider) {
		return new DefaultLockingTaskExecutor(sweepLockProvider);
	}

	@Bean
	@ConditionalOnProperty(name = "vigie.campaign.scheduler-enabled", havingValue = "true", matchIfMissing = true)
	SchedulerFactoryBeanCustomizer campaignSweeps(CampaignProperties properties, List<ScheduledSweep> extensions) {
		List<JobDetail> jobs = new ArrayList<>();
		List<Trigger> triggers = new ArrayList<>();
		for (Sweep sweep : Sweep.values()) {
			JobDetail job = JobBuilder.newJob(SweepJob.class)
				.withIdentity(sweep.name(), "campaign")
				.usingJobData(SweepJob.SWEEP, sweep.name())
				.storeDurably()
				.build();
			jobs.add(job);
			triggers.add(trigger(job, sweep.name(), "campaign", sweep.interval(properties).toMillis()));
		}
		for (ScheduledSweep extension : extensions) {
			JobDetail job = JobBuilder.newJob(SweepJob.class)
				.withIdentity(extension.name(), "extension")
				.usingJobData(SweepJob.EXTENSION, extension.name())
				.storeDurably()
				.build();
			jobs.add(job);
			triggers.add(trigger(job, extension.name(), "extension", extension.interval().toMillis()));
		}
		return (factory) -> {
			factory.setJobDetails(jobs.toArray(JobDetail[]::new));
			factory.setTriggers(triggers.toArray(Trigger[]::new));
		};
	}

	/**
	 * A first run shortly after start-up catches up on what was missed while down.
	 */
	private static Trigger trigger(JobDetail job, String name, String group, long intervalMs) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(name, group)
			.startAt(new Date(System.currentTimeMillis() + Math.min(intervalMs, 10_000)))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(intervalMs)
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

}
