package io.supportdesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * Resolved cases close themselves when their reopen window ({@code supportdesk.cases.reopen-window})
 * ends: a persistent, cluster-safe timer (db-scheduler) per case and resolution, due at the resolution
 * plus the window. It is scheduled in the transaction that resolves the case, so a crash never loses
 * one, and runs on the next start if it came due while no instance ran. Reopening or closing the case
 * removes it; a timer that fires all the same (already running, or delivered again after a crash)
 * re-checks the case and closes it only while it is still resolved by the resolution the timer was set
 * for — so resolved, reopened and resolved again closes once, at the second window's end.
 *
 * <p>Imported cases get their timer from the same events: an import that ends resolved schedules it at
 * the imported resolution plus the window. Where that window has already passed, the timer is due at
 * once and the next poll closes the case — recorded at the window's end, as if Supportdesk had run
 * then (or at the last imported change, if that came later).
 */
@Configuration(proxyBeanMethods = false)
class ReopenWindowTimers {

	static final String TASK = "case-reopen-window";

	private final JdbcClient jdbc;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final ObjectProvider<CustomTask<ReopenWindowEnd>> task;

	private final CasesSettings settings;

	ReopenWindowTimers(JdbcClient jdbc, ObjectProvider<SchedulerClient> scheduler,
			ObjectProvider<CustomTask<ReopenWindowEnd>> task, CasesSettings settings) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.task = task;
		this.settings = settings;
	}

	/** The task: closes the case, or runs again at the window's end if it fired before it. */
	@Bean
	static CustomTask<ReopenWindowEnd> reopenWindowTask(ObjectProvider<Closing> closing) {
		return Tasks.custom(TASK, ReopenWindowEnd.class).execute((instance, context) -> {
			Optional<Instant> notBefore = closing.getObject().fire(instance.getData());
			return notBefore.<CompletionHandler<ReopenWindowEnd>>map(at -> (complete, operations) -> operations
				.reschedule(complete, at)).orElseGet(CompletionHandler.OnCompleteRemove::new);
		});
	}

	/** In the resolving transaction (a plain listener, so the timer commits, or not, with the case). */
	@EventListener
	void on(CaseResolved event) {
		removePending(event.caseId().value());
		ReopenWindowEnd end = new ReopenWindowEnd(event.caseId().value(), event.at());
		scheduler.getObject().scheduleIfNotExists(task.getObject().instance(end.instanceId(), end),
				event.at().plus(settings.reopenWindow()));
	}

	/** In the reopening transaction: the window no longer ends anything. */
	@EventListener
	void on(CaseReopened event) {
		removePending(event.caseId().value());
	}

	/** In the closing transaction: nothing is left to close. */
	@EventListener
	void on(CaseClosed event) {
		removePending(event.caseId().value());
	}

	/** The case's timers not running right now (a running one re-checks the case itself). */
	private void removePending(UUID caseId) {
		jdbc.sql("delete from scheduled_tasks where task_name = :task and task_instance like :prefix and picked = false")
			.param("task", TASK).param("prefix", caseId + "|%").update();
	}

	/** What a firing timer does, in a transaction of its own. */
	@Component
	static class Closing {

		private final SupportCases cases;

		private final ApplicationEventPublisher events;

		private final TransactionOperations transactions;

		private final CasesSettings settings;

		private final Clock clock;

		Closing(SupportCases cases, ApplicationEventPublisher events, TransactionOperations transactions,
				CasesSettings settings, Clock clock) {
			this.cases = cases;
			this.events = events;
			this.transactions = transactions;
			this.settings = settings;
			this.clock = clock;
		}

		/**
		 * Closes the case if the resolution still stands and its window has ended; answers the window's
		 * end when it fired too early (a clock behind the scheduler's, or a window made longer since), else
		 * nothing. Firing again changes nothing: the case is closed by then.
		 */
		Optional<Instant> fire(ReopenWindowEnd timer) {
			return transactions.execute(status -> {
				Optional<SupportCase> found = cases.findForUpdate(timer.caseId()).filter(
						c -> c.state().status == CaseStatus.RESOLVED && timer.resolvedAt().equals(c.state().resolvedAt));
				Instant windowEnd = timer.resolvedAt().plus(settings.reopenWindow());
				if (found.isEmpty()) {
					return Optional.<Instant>empty();
				}
				if (clock.instant().isBefore(windowEnd)) {
					return Optional.of(windowEnd);
				}
				SupportCase supportCase = found.get();
				if (supportCase.closeAfterReopenWindow(timer.resolvedAt(), windowEnd)) {
					cases.save(supportCase);
					supportCase.events().forEach(events::publishEvent);
				}
				return Optional.<Instant>empty();
			});
		}
	}
}
