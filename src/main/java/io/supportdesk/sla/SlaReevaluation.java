package io.supportdesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
/**
 * Re-evaluates the stored SLA of every active case in the background, in batches of
 * {@value #BATCH} cases per transaction — after a calendar edit, which may touch every case. The edit's
 * own transaction only schedules the run (a db-scheduler task, so it survives a restart and runs on
 * one instance); until it has passed a case, the case's live SLA ({@code GET /api/cases/{id}/sla}, the
 * panel) is already right, and only its stored due instants and timers lag. Re-evaluating is
 * idempotent: a run interrupted by a crash is simply run again.
 */
@Configuration(proxyBeanMethods = false)
class SlaReevaluation {

	static final String TASK = "sla-reevaluation";

	static final int BATCH = 200;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final ObjectProvider<OneTimeTask<Void>> task;

	private final ObjectProvider<JdbcClient> jdbc;

	SlaReevaluation(ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<Void>> task,
			ObjectProvider<JdbcClient> jdbc) {
		this.scheduler = scheduler;
		this.task = task;
		this.jdbc = jdbc;
	}

	@Bean
	static OneTimeTask<Void> slaReevaluationTask(ObjectProvider<Runner> runner) {
		return Tasks.oneTime(TASK).execute((instance, context) -> runner.getObject().run());
	}

	/**
	 * Schedules a run over every active case (in the caller's transaction: it happens if that commits),
	 * due at once: its execution instant is the epoch, due whatever the scheduler's clock says.
	 */
	void requestAll(String reason) {
		scheduler.getObject().scheduleIfNotExists(task.getObject().instance(reason + "|" + UUID.randomUUID()), Instant.EPOCH);
	}

	/**
	 * Stored SLA written before a column existed (an upgrade's migration adds it empty) is filled in by
	 * one background run at start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void completeOlderStoredSla() {
		if (jdbc.getObject().sql("""
				select exists (select 1 from sla_case_state
				  where badge_state is null and status in ('NEW', 'OPEN', 'PENDING_CUSTOMER'))""")
			.query(Boolean.class).single()) {
			requestAll("countdowns");
		}
	}

	/** One run: the active cases by id, a batch per transaction. */
	@org.springframework.stereotype.Component
	static class Runner {

		private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Runner.class);

		private final JdbcClient jdbc;

		private final TransactionOperations transactions;

		private final SlaProjection projection;

		Runner(JdbcClient jdbc, TransactionOperations transactions, SlaProjection projection) {
			this.jdbc = jdbc;
			this.transactions = transactions;
			this.projection = projection;
		}

		int run() {
			return run(BATCH);
		}

		/** Answers how many cases were re-evaluated. */
		int run(int batchSize) {
			UUID after = new UUID(0, 0);
			int total = 0;
			while (true) {
				UUID from = after;
				List<UUID> batch = transactions.execute(status -> {
					List<UUID> ids = jdbc.sql("""
							select case_id from sla_case_state where status in ('NEW', 'OPEN', 'PENDING_CUSTOMER')
							and case_id > :after order by case_id limit :batch""").param("after", from).param("batch", batchSize).query(UUID.class).list();
					ids.forEach(projection::refreshQuietly);
					return ids;
				});
				total += batch.size();
				if (batch.size() < batchSize) {
					log.info("Re-evaluated the stored SLA of {} active cases", total);
					return total;
				}
				after = batch.get(batch.size() - 1);
			}
		}
	}
}
