package fr.vigie.report.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import fr.vigie.report.ReportBatch;
import fr.vigie.report.ReportBatch.Failure;
import fr.vigie.report.ReportBatch.Status;
import fr.vigie.shared.UserFacingException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs report batches in the background on a small bounded pool (one batch at a time, a
 * short queue; more is refused with a message rather than piling up). Each site's outcome
 * is one atomic update of the batch document, so progress is visible from any instance. A
 * batch that stops progressing for {@link #STALE_AFTER} (its instance stopped) is marked
 * interrupted; what it produced stays downloadable.
 */
@Component
public class ReportBatchRunner {

	private static final Logger log = LoggerFactory.getLogger(ReportBatchRunner.class);

	/** A site report renders in well under a second; this means the worker is gone. */
	static final Duration STALE_AFTER = Duration.ofMinutes(15);

	private static final int QUEUE = 2;

	private final ReportBatchRepository batches;

	private final MongoTemplate mongo;

	private final ReportRegister register;

	private final Clock clock;

	private final SecurityContextHolderStrategy security;

	private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new ArrayBlockingQueue<>(QUEUE), (runnable) -> {
				Thread thread = new Thread(runnable, "report-batch");
				thread.setDaemon(true);
				return thread;
			});

	ReportBatchRunner(ReportBatchRepository batches, MongoTemplate mongo, ReportRegister register, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.batches = batches;
		this.mongo = mongo;
		this.register = register;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/**
	 * Queues a batch. {@code work} renders and registers the report of one site (given
	 * the batch id and the site id) and returns its fingerprint; it runs on the worker
	 * thread with the caller's security context.
	 * @throws UserFacingException when the queue is full
	 */
	public ReportBatch start(String requestedBy, String periodCode, String referentialId, List<String> siteIds,
			BiFunction<String, String, String> work) {
		Instant now = this.clock.instant();
		ReportBatch batch = this.batches.insert(new ReportBatch(UUID.randomUUID().toString(), requestedBy, now,
				periodCode, referentialId, siteIds, 0, List.of(), List.of(), Status.QUEUED, null, null));
		this.mongo.updateFirst(byId(batch.id()), Update.update("heartbeatAt", now), ReportBatch.class);
		// a copy: the caller's context object may be reused and changed once this returns
		SecurityContext context = this.security.createEmptyContext();
		context.setAuthentication(this.security.getContext().getAuthentication());
		try {
			this.pool.execute(() -> runAs(context, () -> run(batch, work)));
		}
		catch (RejectedExecutionException busy) {
			this.batches.deleteById(batch.id());
			throw new UserFacingException("report.batch.busy");
		}
		return batch;
	}

	private void runAs(SecurityContext context, Runnable work) {
		SecurityContext previous = this.security.getContext();
		this.security.setContext(context);
		try {
			work.run();
		}
		finally {
			this.security.setContext(previous);
		}
	}

	private void run(ReportBatch batch, BiFunction<String, String, String> work) {
		this.mongo.updateFirst(byId(batch.id()),
				Update.update("status", Status.RUNNING)
					.set("startedAt", this.clock.instant())
					.set("heartbeatAt", this.clock.instant()),
				ReportBatch.class);
		int failures = 0;
		for (String siteId : batch.siteIds()) {
			Update update;
			try {
				String sha256 = work.apply(batch.id(), siteId);
				update = new Update().inc("done", 1).push("reportIds", sha256);
			}
			catch (RuntimeException ex) {
				failures++;
				String reason = (ex instanceof UserFacingException userFacing) ? userFacing.messageKey()
						: ex.getClass().getSimpleName() + ": " + ex.getMessage();
				log.warn("Batch {}: report of site {} failed: {}", batch.id(), siteId, reason, ex);
				update = new Update().push("failures", new Failure(siteId, reason));
			}
			this.mongo.updateFirst(byId(batch.id()), update.set("heartbeatAt", this.clock.instant()),
					ReportBatch.class);
		}
		Status status = (failures == 0) ? Status.COMPLETED : Status.COMPLETED_WITH_ERRORS;
		this.mongo.updateFirst(byId(batch.id()),
				Update.update("status", status).set("finishedAt", this.clock.instant()), ReportBatch.class);
		log.info("Batch {} finished: {} report(s), {} failure(s)", batch.id(), batch.siteIds().size() - failures,
				failures);
	}

	public Optional<ReportBatch> find(String id) {
		markStale();
		return this.batches.findById(id);
	}

	/** The latest batches, of one user or of everyone ({@code requestedBy} null). */
	public List<ReportBatch> latest(String requestedBy) {
		markStale();
		return (requestedBy == null) ? this.batches.findTop20ByOrderByRequestedAtDesc()
				: this.batches.findTop20ByRequestedByOrderByRequestedAtDesc(requestedBy);
	}

	private void markStale() {
		Instant limit = this.clock.instant().minus(STALE_AFTER);
		this.mongo.updateMulti(
				Query.query(Criteria.where("status").in(Status.QUEUED, Status.RUNNING).and("heartbeatAt").lt(limit)),
				Update.update("status", Status.INTERRUPTED).set("finishedAt", this.clock.instant()), ReportBatch.class);
	}

	/**
	 * Writes the batch as a ZIP: one PDF per site in site order, and a
	 * {@code empreintes.csv} listing each file with its SHA-256 for later checks.
	 */
	public void writeZip(ReportBatch batch, OutputStream out) {
		this.register.writeZip(batch.reportIds(), out);
	}

	/** Waits for queued and running batches (tests and benchmarks). */
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (this.pool.getActiveCount() == 0 && this.pool.getQueue().isEmpty()) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	@PreDestroy
	void stop() {
		this.pool.shutdownNow();
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
